package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Answers;
import dev.sifc.core.Lang;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Verdict;
import dev.sifc.load.QuestionnaireLoader;
import dev.sifc.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        /** Names typed on the name screen after the first (back from question 1, or the review's name row). */
        final Deque<String> renames = new ArrayDeque<>();
        final List<IntroView> intros = new ArrayList<>();
        final List<StartView> starts = new ArrayList<>();
        final List<String> reviewed = new ArrayList<>();
        int startPick;
        Function<QuestionView, Response> fallback = v -> new Response.Answered(v.question().options().isEmpty() ? "1"
                : v.question().options().get(0).value());
        String clientName;

        @Override
        public Optional<String> intro(IntroView view) {
            intros.add(view);
            if (intros.size() > 1) {
                return Optional.of(renames.poll());
            }
            return Optional.ofNullable(clientName);
        }

        @Override
        public int start(StartView view) {
            starts.add(view);
            return startPick;
        }

        @Override
        public Response ask(QuestionView view) {
            asked.add(view);
            return (answers.isEmpty() ? fallback : answers.poll()).apply(view);
        }

        @Override
        public ReviewChoice review(String client, List<ReviewItem> items, ReviewChoice highlight) {
            assertEquals(q.questions().size(), items.size());
            reviewed.add(client);
            if (reviews.isEmpty()) {
                return new ReviewChoice.Confirm();
            }
            int pick = reviews.poll();
            return pick < 0 ? new ReviewChoice.Rename() : new ReviewChoice.Change(pick);
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

    /** Going forward, a walk passes over what was answered only where it has not been yet. */
    @Test
    void onlyMissingQuestionsAreAskedOnTheWayForward() {
        Script s = new Script();
        Answers partial = new Answers("Half", Map.of("slow-to-pay.reminders", "2", "unreasonable-demands.after-hours", "often"));
        Answers done = interview(s, new ArrayList<>()).run(partial, true);
        assertEquals(29, s.asked.size());
        assertEquals("unreasonable-demands.like-employee", s.asked.get(0).question().id());
        assertEquals("2", done.values().get("slow-to-pay.reminders"));
        assertEquals("Half", done.client());
        assertEquals("Continuing the answers for Half: 2 of 31 answered, about 4 minutes to go. b goes back into the answers"
                + " you gave.", s.intros.get(0).lines().get(0));
    }

    /** A continued draft: the walk starts at its first unanswered question, and b goes back into its answers. */
    @Test
    void backWalksIntoTheAnswersOfAContinuedDraft() {
        Map<String, String> ten = new LinkedHashMap<>();
        q.questions().subList(0, 10).forEach(x -> ten.put(x.id(), x.options().isEmpty() ? "1" : x.options().get(1).value()));
        Script s = new Script();
        s.answers.add(v -> new Response.Back());                // at 11: back to 10
        s.answers.add(v -> new Response.Back());                // at 10: back to 9
        s.answers.add(v -> new Response.Answered(v.current())); // 9: Enter keeps
        s.answers.add(v -> new Response.Answered(v.current())); // 10: Enter keeps
        Answers done = interview(s, new ArrayList<>()).run(new Answers("Beta AG", ten), false, true);
        assertEquals("Continuing your draft for Beta AG: 10 of 31 answered, about 3 minutes to go. b goes back into the"
                + " answers you gave.", s.intros.get(0).lines().get(0));
        assertEquals(List.of("Question 11 of 31", "Question 10 of 31", "Question 9 of 31", "Question 10 of 31", "Question 11 of 31"),
                s.asked.subList(0, 5).stream().map(QuestionView::progress).toList());
        assertEquals(ten.get(q.questions().get(8).id()), s.asked.get(2).current(), "an answer of the draft is the current one");
        assertEquals(31 - 10 + 4, s.asked.size());
        assertEquals(31, done.values().size());
        assertEquals(ten.get(q.questions().get(9).id()), done.values().get(q.questions().get(9).id()));
    }

    /** A name asked on the first screen can be corrected: b at question 1 goes back to it, and the review has a name row. */
    @Test
    void theNameIsReachableFromQuestionOneAndFromTheReview() {
        Script s = new Script();
        s.clientName = "ACME GmbJ";
        s.answers.add(v -> {
            assertEquals(false, v.first(), "question 1 is not the first screen when the name was asked");
            return new Response.Back();
        });
        s.renames.add("ACME GmbH");
        s.renames.add("ACME AG");
        s.reviews.add(-1); // the name row
        Answers done = interview(s, new ArrayList<>()).run(new Answers(null, Map.of()), true);
        assertEquals("ACME GmbJ", s.intros.get(1).name(), "the name screen shows the name to correct");
        assertEquals(List.of("ACME GmbH", "ACME AG"), s.reviewed);
        assertEquals("ACME AG", done.client());
        assertEquals(32, s.asked.size());
        Script given = new Script();
        given.answers.add(v -> {
            assertTrue(v.first(), "with --client, question 1 is the first screen");
            return new Response.Answered("never");
        });
        interview(given, new ArrayList<>()).run(new Answers("Named", Map.of()), false);
    }

    private static Recall recall(List<StartingPoint> points, List<Optional<StartingPoint>> chosen) {
        return new Recall() {
            @Override
            public List<StartingPoint> find(String client) {
                return "acme gmbh".equals(client.toLowerCase(Locale.ROOT)) ? points : List.of();
            }

            @Override
            public void chosen(Optional<StartingPoint> point) {
                chosen.add(point);
            }
        };
    }

    /** A re-check from the last answers walks every question with last time's answer as the current one. */
    @Test
    void aReCheckStartsFromTheLastAnswersAndEnterKeepsThem() {
        Map<String, String> last = new LinkedHashMap<>();
        q.questions().forEach(x -> last.put(x.id(), x.options().isEmpty() ? "3" : x.options().get(0).value()));
        StartingPoint point = new StartingPoint(StartingPoint.Kind.LAST, new Answers("ACME GmbH", last),
                LocalDateTime.parse("2026-11-01T09:30"), Verdict.Kind.RECALIBRATE, null);
        Script s = new Script();
        s.fallback = v -> new Response.Answered(v.current());
        s.answers.add(v -> new Response.Answered("often")); // the one change
        List<Optional<StartingPoint>> chosen = new ArrayList<>();
        Answers done = new Interview(q, new Messages(Lang.EN), s, a -> { }, recall(List.of(point), chosen))
                .run(new Answers("ACME GmbH", Map.of()), false);
        assertEquals(List.of(), s.intros, "the choice is the intro");
        assertEquals("Re-check of ACME GmbH, last assessed on Nov 1, 2026 (recalibrate). Start from those answers and each"
                + " question shows last time's answer: Enter keeps it, so only what changed needs a key.", s.starts.get(0).lines().get(0));
        assertEquals(List.of("Start from last time's answers (Nov 1, 2026, 31 of 31 answered)", "Start afresh"), s.starts.get(0).options());
        assertEquals(List.of(Optional.of(point)), chosen);
        assertEquals(31, s.asked.size());
        assertEquals("never", s.asked.get(0).current());
        Map<String, String> expected = new LinkedHashMap<>(last);
        expected.put("unreasonable-demands.after-hours", "often");
        assertEquals(expected, done.values());
    }

    /** A name typed on the first screen is offered its draft too; afresh starts empty, and the draft is newest first. */
    @Test
    void aTypedNameIsOfferedItsDraftOrAFreshStart() {
        StartingPoint draft = new StartingPoint(StartingPoint.Kind.DRAFT, new Answers("ACME GmbH",
                Map.of("unreasonable-demands.after-hours", "always")), LocalDateTime.parse("2026-11-02T14:05:31"), null, "f");
        Script s = new Script();
        s.clientName = "acme gmbh";
        s.startPick = 1; // afresh
        List<Optional<StartingPoint>> chosen = new ArrayList<>();
        new Interview(q, new Messages(Lang.EN), s, a -> { }, recall(List.of(draft), chosen)).run(new Answers(null, Map.of()), true);
        assertEquals(List.of("Continue your draft of Nov 2, 2026 14:05 (1 of 31 answered)", "Start afresh"), s.starts.get(0).options());
        // The client as first written in the draft, as the last answers' offer does.
        assertEquals("You have an unfinished interview for ACME GmbH: continue it, or start afresh.", s.starts.get(0).lines().get(0));
        assertEquals(List.of(Optional.empty()), chosen);
        assertEquals(null, s.asked.get(0).current());

        Script resume = new Script();
        resume.clientName = "ACME GmbH";
        Answers done = new Interview(q, new Messages(Lang.EN), resume, a -> { }, recall(List.of(draft), new ArrayList<>()))
                .run(new Answers(null, Map.of()), true);
        assertEquals("Question 2 of 31", resume.asked.get(0).progress(), "a continued draft starts at its first unanswered question");
        assertEquals("always", done.values().get("unreasonable-demands.after-hours"));
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
