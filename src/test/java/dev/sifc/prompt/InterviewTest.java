package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Answers;
import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interview flow with a scripted prompter: order, back, skip, review, interrupt. */
class InterviewTest {
    static Questionnaire q;

    @BeforeAll
    static void load() throws IOException {
        q = QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml")));
    }

    /** Answers each question by a script and records what it was shown. */
    static final class Script implements Prompter {
        final List<QuestionView> asked = new ArrayList<>();
        final Deque<Function<QuestionView, Response>> answers = new ArrayDeque<>();
        final Deque<Integer> reviews = new ArrayDeque<>();
        Function<QuestionView, Response> fallback = v -> new Response.Answered(v.question().options().isEmpty() ? "1"
                : v.question().options().get(0).value());
        String clientName;

        @Override
        public Optional<String> intro(IntroView view) {
            return Optional.ofNullable(clientName);
        }

        @Override
        public Response ask(QuestionView view) {
            asked.add(view);
            return (answers.isEmpty() ? fallback : answers.poll()).apply(view);
        }

        @Override
        public ReviewChoice review(List<ReviewItem> items, ReviewChoice highlight) {
            assertEquals(q.questions().size(), items.size());
            return reviews.isEmpty() ? new ReviewChoice.Confirm() : new ReviewChoice.Change(reviews.poll());
        }

        @Override
        public void close() { }
    }

    private static Interview interview(Script s, List<Answers> progress) {
        return new Interview(q, new Messages(Lang.EN), s, progress::add);
    }

    /** A name longer than the history can hold, from a prompt that did not cap it, keeps its first 200 characters. */
    @Test
    void anOverlongNameIsCutToWhatTheHistoryHolds() {
        Script s = new Script();
        s.clientName = "Ä".repeat(5000);
        Answers done = interview(s, new ArrayList<>()).run(new Answers(null, Map.of()), true);
        assertEquals("Ä".repeat(Answers.MAX_CLIENT_LENGTH), done.client());
    }

    @Test
    void asksEveryQuestionInOrderWithHeaderAndProgress() {
        Script s = new Script();
        s.clientName = "  ACME  ";
        Answers done = interview(s, new ArrayList<>()).run(new Answers(null, Map.of()), true);
        assertEquals(31, s.asked.size());
        assertEquals("Sign 2 of 6: Wants everything for nothing", s.asked.get(5).header());
        assertEquals("Question 6 of 31", s.asked.get(5).progress());
        assertEquals("About your business", s.asked.get(28).header());
        assertEquals("context.strain", s.asked.get(28).question().id());
        assertEquals("0 to 120 months", s.asked.get(30).numberHint());
        assertEquals("ACME", done.client());
        assertEquals(q.questions().stream().map(x -> x.id()).toList(), List.copyOf(done.values().keySet()));
    }

    @Test
    void backKeepsTheAnswerAndShowsItAsCurrent() {
        Script s = new Script();
        s.answers.add(v -> new Response.Answered("often"));
        s.answers.add(v -> new Response.Back());
        s.answers.add(v -> {
            assertEquals("unreasonable-demands.after-hours", v.question().id());
            assertEquals("often", v.current());
            assertEquals(3, v.currentOption());
            return new Response.Answered("always");
        });
        Answers done = interview(s, new ArrayList<>()).run(new Answers(null, Map.of()), false);
        assertEquals("always", done.values().get("unreasonable-demands.after-hours"));
        assertTrue(s.asked.get(0).first());
    }

    @Test
    void skipRecordsSkip() {
        Script s = new Script();
        s.answers.add(v -> new Response.Skipped());
        Answers done = interview(s, new ArrayList<>()).run(new Answers(null, Map.of()), false);
        assertEquals(Answers.SKIP, done.values().get("unreasonable-demands.after-hours"));
    }

    @Test
    void onlyMissingQuestionsAreAsked() {
        Script s = new Script();
        Answers partial = new Answers("Half", Map.of("slow-to-pay.reminders", "2", "unreasonable-demands.after-hours", "often"));
        Answers done = interview(s, new ArrayList<>()).run(partial, true);
        assertEquals(29, s.asked.size());
        assertEquals("2", done.values().get("slow-to-pay.reminders"));
        assertEquals("Half", done.client());
    }

    @Test
    void theReviewCanChangeAnyAnswer() {
        Script s = new Script();
        s.reviews.add(25); // lack-of-respect.rudeness
        List<Answers> progress = new ArrayList<>();
        Interview interview = interview(s, progress);
        s.answers.addAll(Collections.nCopies(31, v -> new Response.Answered(
                v.question().options().isEmpty() ? "1" : v.question().options().get(0).value())));
        s.answers.add(v -> {
            assertEquals("lack-of-respect.rudeness", v.question().id());
            assertEquals("never", v.current());
            return new Response.Answered("abusive");
        });
        Answers done = interview.run(new Answers(null, Map.of()), false);
        assertEquals("abusive", done.values().get("lack-of-respect.rudeness"));
        assertEquals("abusive", progress.get(progress.size() - 1).values().get("lack-of-respect.rudeness"),
                "every change reaches the draft keeper");
    }

    @Test
    void anInterruptCarriesTheAnswersSoFar() {
        Script s = new Script();
        s.answers.add(v -> new Response.Answered("often"));
        s.answers.add(v -> new Response.Answered("never"));
        s.answers.add(v -> {
            throw new PromptInterrupted(false);
        });
        Interview.InterviewInterrupted e = assertThrows(Interview.InterviewInterrupted.class,
                () -> interview(s, new ArrayList<>()).run(new Answers("X", Map.of()), false));
        assertEquals(Map.of("unreasonable-demands.after-hours", "often", "unreasonable-demands.like-employee", "never"),
                e.answers().values());
        assertEquals("X", e.answers().client());
        assertNull(null);
    }
}
