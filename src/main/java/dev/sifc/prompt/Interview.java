package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The walk-through: asks every question that has no answer yet, sign by sign, allows going back,
 * then shows a review where any answer can be changed. Knows nothing about terminals.
 */
public final class Interview {
    /** Rough reading-and-thinking time per question, for the intro's estimate. */
    private static final int SECONDS_PER_QUESTION = 8;

    private final Questionnaire questionnaire;
    private final Messages messages;
    private final Prompter prompter;
    private final Consumer<Answers> progress;

    /**
     * @param progress told about every change to the answers, so that nothing is lost if the
     *     process is killed: the caller keeps the latest answers for a draft
     */
    public Interview(Questionnaire questionnaire, Messages messages, Prompter prompter, Consumer<Answers> progress) {
        this.questionnaire = questionnaire;
        this.messages = messages;
        this.prompter = prompter;
        this.progress = progress;
    }

    /**
     * Runs the interview.
     *
     * @param askClient whether to ask for the client's name on the intro screen
     * @throws InterviewInterrupted with the answers so far when the user stops
     */
    public Answers run(Answers given, boolean askClient) {
        Map<String, String> values = new LinkedHashMap<>(given.values());
        String client = given.client();
        try {
            List<Question> toAsk = questionnaire.unanswered(given);
            Optional<String> name = prompter.intro(intro(toAsk.size(), askClient && client == null));
            if (name.isPresent() && !name.get().isBlank()) {
                client = name.get().strip();
                if (Answers.clientTooLong(client)) {
                    // As the arrow-key prompt takes no more keys: a name the history can read back.
                    client = client.substring(0, client.offsetByCodePoints(0, Answers.MAX_CLIENT_LENGTH)).strip();
                }
            }
            progress.accept(new Answers(client, values));
            int i = 0;
            while (i < toAsk.size()) {
                Question q = toAsk.get(i);
                Response r = prompter.ask(view(q, client, values.get(q.id()), i == 0));
                if (r instanceof Response.Back) {
                    i = Math.max(0, i - 1);
                    continue;
                }
                values.put(q.id(), r instanceof Response.Answered a ? a.value() : Answers.SKIP);
                progress.accept(new Answers(client, values));
                i++;
            }
            List<Question> all = questionnaire.questions();
            ReviewChoice pick = new ReviewChoice.Confirm();
            while (true) {
                pick = prompter.review(review(values), pick);
                if (!(pick instanceof ReviewChoice.Change change)) {
                    break;
                }
                Question q = all.get(change.index());
                Response r = prompter.ask(view(q, client, values.get(q.id()), false));
                if (!(r instanceof Response.Back)) {
                    values.put(q.id(), r instanceof Response.Answered a ? a.value() : Answers.SKIP);
                    progress.accept(new Answers(client, values));
                }
            }
        } catch (PromptInterrupted e) {
            throw new InterviewInterrupted(ordered(client, values), e.endOfInput(), e.failure());
        }
        return ordered(client, values);
    }

    private Answers ordered(String client, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (values.containsKey(q.id())) {
                out.put(q.id(), values.get(q.id()));
            }
        }
        return new Answers(client, out);
    }

    private Prompter.IntroView intro(int count, boolean askClient) {
        int minutes = Math.max(1, Math.round(count * SECONDS_PER_QUESTION / 60f));
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("prompt.intro.body", count, questionnaire.signs().size(),
                Text.clean(questionnaire.source().title()), Text.clean(questionnaire.source().publisher()), minutes));
        lines.add(messages.get("prompt.intro.keys"));
        return new Prompter.IntroView(Text.clean(questionnaire.title().get(messages.lang())), lines, askClient);
    }

    QuestionView view(Question q, String client, String current, boolean first) {
        var lang = messages.lang();
        Optional<Sign> sign = questionnaire.signOf(q);
        String header = sign.map(s -> messages.get("prompt.sign", s.number(), questionnaire.signs().size(),
                Text.clean(s.title().get(lang)))).orElse(Text.clean(questionnaire.contextTitle().get(lang)));
        int index = questionnaire.questions().indexOf(q) + 1;
        String progressText = messages.get("prompt.progress", index, questionnaire.questions().size());
        List<String> options = q.options().stream().map(o -> Text.clean(o.label().get(lang))).toList();
        String hint = q.type() == QuestionType.NUMBER
                ? messages.get("prompt.number.hint", Answers.plain(q.min()), Answers.plain(q.max()), Text.clean(q.unit().get(lang)))
                : null;
        return new QuestionView(q, client == null ? null : Text.clean(client), header, progressText, index,
                questionnaire.questions().size(),
                Text.clean(q.text().get(lang)), Text.clean(q.help().get(lang)), options, hint, current, first);
    }

    private List<Prompter.ReviewItem> review(Map<String, String> values) {
        var lang = messages.lang();
        List<Prompter.ReviewItem> items = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            String v = values.get(q.id());
            String answer = v == null ? "–" : Answers.SKIP.equals(v) ? messages.get("prompt.skipped") : Text.clean(q.display(v, lang));
            items.add(new Prompter.ReviewItem(q.id(), Text.clean(q.text().get(lang)), answer));
        }
        return items;
    }

    /** The user stopped; carries the answers given so far. */
    public static final class InterviewInterrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Answers answers;
        private final boolean endOfInput;
        private final transient RuntimeException failure;

        InterviewInterrupted(Answers answers, boolean endOfInput, RuntimeException failure) {
            super("interview interrupted", null, false, false);
            this.answers = answers;
            this.endOfInput = endOfInput;
            this.failure = failure;
        }

        /** Why the input could not be read (see {@link PromptInterrupted#failure()}), or null. */
        public RuntimeException failure() {
            return failure;
        }

        public Answers answers() {
            return answers;
        }

        public boolean endOfInput() {
            return endOfInput;
        }
    }
}
