package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.core.Sign;
import dev.sifc.core.Snapshot;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final Recall recall;

    /**
     * @param progress told about every change to the answers, so that nothing is lost if the
     *     process is killed: the caller keeps the latest answers for a draft
     */
    public Interview(Questionnaire questionnaire, Messages messages, Prompter prompter, Consumer<Answers> progress) {
        this(questionnaire, messages, prompter, progress, Recall.NONE);
    }

    /** @param recall what there is to start a named client's interview from (drafts, the last answers) */
    public Interview(Questionnaire questionnaire, Messages messages, Prompter prompter, Consumer<Answers> progress, Recall recall) {
        this.questionnaire = questionnaire;
        this.messages = messages;
        this.prompter = prompter;
        this.progress = progress;
        this.recall = recall;
    }

    /** As {@link #run(Answers, boolean, boolean)} for answers that are not a draft. */
    public Answers run(Answers given, boolean askClient) {
        return run(given, askClient, false);
    }

    /**
     * Runs the interview. The walk covers every question: it starts at the first one {@code given}
     * leaves unanswered, {@code b} goes back into the answers given (and from the first question to
     * the name, when the name was asked), and a step forward passes over given answers only beyond
     * the furthest point reached. A named client with nothing given is offered their drafts and
     * last answers to start from.
     *
     * @param askClient whether to ask for the client's name on the intro screen
     * @param fromDraft whether {@code given} is a draft of this tool (for the intro's words)
     * @throws InterviewInterrupted with the answers so far when the user stops
     */
    public Answers run(Answers given, boolean askClient, boolean fromDraft) {
        Walk walk = new Walk(given);
        try {
            walk.begin(askClient && given.client() == null, fromDraft);
            walk.questions();
            walk.review();
        } catch (PromptInterrupted e) {
            throw new InterviewInterrupted(ordered(walk.client, walk.values), e.endOfInput(), e.failure());
        }
        return ordered(walk.client, walk.values);
    }

    /** One run's state: the name, the answers, where the walk is. */
    private final class Walk {
        private final List<Question> all = questionnaire.questions();
        private final Map<String, String> values;
        private String client;
        private boolean nameOnBack;
        /** Answers a step forward passes over when it goes beyond {@link #frontier}. */
        private Set<String> passOver = Set.of();
        private int index;
        private int frontier;
        private boolean offered;

        Walk(Answers given) {
            this.values = new LinkedHashMap<>(given.values());
            this.client = given.client();
        }

        void begin(boolean askName, boolean fromDraft) {
            nameOnBack = askName;
            List<StartingPoint> points = client != null && values.isEmpty() ? recall.find(client) : List.of();
            if (!points.isEmpty()) {
                // The start screen is the intro: it says what there is, and the keys.
                offer(points, true);
            } else {
                Optional<String> name = prompter.intro(intro(askName, fromDraft));
                if (askName) {
                    rename(name.orElse(""));
                    offerFor(client);
                }
                if (!offered && !values.isEmpty()) {
                    startAt(firstUnanswered(), values.keySet());
                }
            }
            progress.accept(new Answers(client, values));
        }

        void questions() {
            while (index < all.size()) {
                if (index < 0) {
                    Optional<String> name = prompter.intro(renameView());
                    String before = client;
                    rename(name.orElse(""));
                    progress.accept(new Answers(client, values));
                    index = 0;
                    if (client != null && (before == null || !Snapshot.key(before).equals(Snapshot.key(client)))) {
                        offerFor(client);
                    }
                    continue;
                }
                Question q = all.get(index);
                Response r = prompter.ask(view(q, client, values.get(q.id()), index == 0 && !nameOnBack));
                if (r instanceof Response.Back) {
                    index--;
                    continue;
                }
                values.put(q.id(), r instanceof Response.Answered a ? a.value() : Answers.SKIP);
                progress.accept(new Answers(client, values));
                int next = index + 1;
                while (next < all.size() && next > frontier && passOver.contains(all.get(next).id())) {
                    next++;
                }
                frontier = Math.max(frontier, next);
                index = next;
            }
        }

        void review() {
            ReviewChoice pick = new ReviewChoice.Confirm();
            while (true) {
                pick = prompter.review(client == null ? "–" : Text.clean(client), items(values), pick);
                if (pick instanceof ReviewChoice.Rename) {
                    rename(prompter.intro(renameView()).orElse(""));
                    progress.accept(new Answers(client, values));
                    continue;
                }
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
        }

        /** Takes a typed name (blank: none), cut to what the history can read back. */
        private void rename(String typed) {
            String name = typed.strip();
            if (Answers.clientTooLong(name)) {
                // As the arrow-key prompt takes no more keys: a name the history can read back.
                name = name.substring(0, name.offsetByCodePoints(0, Answers.MAX_CLIENT_LENGTH)).strip();
            }
            client = name.isEmpty() ? null : name;
        }

        /** Offers the client's starting points, once, and only while nothing was answered in this run. */
        private void offerFor(String name) {
            if (name != null && !offered && values.isEmpty()) {
                List<StartingPoint> points = recall.find(name);
                if (!points.isEmpty()) {
                    offer(points, false);
                }
            }
        }

        private void offer(List<StartingPoint> points, boolean asIntro) {
            offered = true;
            List<String> lines = new ArrayList<>();
            List<String> options = new ArrayList<>();
            int total = all.size();
            String name = Text.clean(client);
            for (StartingPoint p : points) {
                if (p.kind() == StartingPoint.Kind.LAST) {
                    String spelt = p.answers().client() != null ? Text.clean(p.answers().client()) : name;
                    lines.add(messages.get("prompt.start.last", spelt, messages.lang().date(p.when().toLocalDate()), messages.get("verdict.short." + p.verdict().id())));
                    options.add(messages.get("prompt.start.option.last", messages.lang().date(p.when().toLocalDate()), p.answers().values().size(), total));
                } else {
                    options.add(messages.get("prompt.start.option.draft", messages.lang().date(p.when().toLocalDate()), p.when().toLocalTime().withNano(0).withSecond(0),
                            p.answers().values().size(), total));
                }
            }
            if (lines.isEmpty()) {
                // The client as first written in the draft, whatever case and spacing were typed now.
                String spelt = points.stream().map(p -> p.answers().client()).filter(c -> c != null).findFirst()
                        .map(Text::clean).orElse(name);
                lines.add(messages.get("prompt.start.draft", spelt));
            }
            options.add(messages.get("prompt.start.option.afresh"));
            if (asIntro) {
                lines.add(screenKeys(messages));
            }
            int pick = prompter.start(new Prompter.StartView(title(), lines, options));
            if (pick < 0 || pick >= points.size()) {
                recall.chosen(Optional.empty());
                index = 0;
                return;
            }
            StartingPoint p = points.get(pick);
            recall.chosen(Optional.of(p));
            if (p.answers().client() != null) {
                client = p.answers().client(); // the same client, spelt as they were first written
            }
            values.clear();
            for (Question q : all) {
                p.answers().get(q.id()).ifPresent(v -> values.put(q.id(), v));
            }
            if (p.kind() == StartingPoint.Kind.LAST || firstUnanswered() == all.size()) {
                // A re-check walks every question, Enter keeping each answer; so does a draft that
                // answers everything (a re-check stopped on the way), not straight to the review.
                startAt(0, Set.of());
            } else {
                startAt(firstUnanswered(), values.keySet());
            }
        }

        private void startAt(int at, Set<String> answered) {
            index = at;
            frontier = at;
            passOver = Set.copyOf(answered);
        }

        private int firstUnanswered() {
            for (int i = 0; i < all.size(); i++) {
                if (!values.containsKey(all.get(i).id())) {
                    return i;
                }
            }
            return all.size();
        }

        private Prompter.IntroView renameView() {
            return Prompter.IntroView.rename(title(), List.of(messages.get("prompt.name.change")), client == null ? "" : client);
        }

        private Prompter.IntroView intro(boolean askName, boolean fromDraft) {
            List<String> lines = new ArrayList<>();
            int answered = values.size();
            int toGo = questionnaire.unanswered(new Answers(client, values)).size();
            if (answered == 0) {
                lines.add(messages.get("prompt.intro.body", all.size(), questionnaire.signs().size(),
                        Text.clean(questionnaire.source().title()), Text.clean(questionnaire.source().publisher()), minutes(toGo)));
            } else {
                String key = fromDraft ? "prompt.intro.continue.draft" : "prompt.intro.continue";
                lines.add(client == null ? messages.get(key + ".unnamed", answered, all.size(), minutes(toGo))
                        : messages.get(key, Text.clean(client), answered, all.size(), minutes(toGo)));
            }
            lines.add(screenKeys(messages));
            return new Prompter.IntroView(title(), lines, askName);
        }
    }

    /** The intro's paragraph about the keys of the full-screen prompts (the plain prompter says its own instead). */
    static String screenKeys(Messages messages) {
        return messages.get("prompt.intro.keys") + " " + messages.get("prompt.intro.keys.yesno");
    }

    private String title() {
        return Text.clean(questionnaire.title().get(messages.lang()));
    }

    private static int minutes(int count) {
        return Math.max(1, Math.round(count * SECONDS_PER_QUESTION / 60f));
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

    private List<Prompter.ReviewItem> items(Map<String, String> values) {
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
