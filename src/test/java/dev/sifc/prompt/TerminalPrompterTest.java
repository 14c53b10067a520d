package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The arrow-key prompter on a virtual terminal: keystrokes in, the screen the user sees out. */
class TerminalPrompterTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    static Questionnaire q;
    static Interview views;
    VirtualScreen vs;
    TerminalPrompter prompter;

    @BeforeAll
    static void load() throws IOException {
        q = QuestionnaireLoader.load("questions.yaml", Files.readString(Path.of("questions.yaml")));
        views = new Interview(q, new Messages(Lang.EN), null, a -> { });
    }

    @BeforeEach
    void open() {
        vs = new VirtualScreen(100, 30);
        prompter = new TerminalPrompter(vs.terminal(), new Messages(Lang.EN), false, false);
    }

    @AfterEach
    void close() throws IOException {
        prompter.close();
        vs.close();
    }

    private QuestionView view(String id, String current, boolean first) {
        return views.view(q.question(id).orElseThrow(), "ACME", current, first);
    }

    /** Runs a blocking prompt in the background while the test types. */
    private <T> CompletableFuture<T> start(Function<TerminalPrompter, T> prompt) {
        return CompletableFuture.supplyAsync(() -> prompt.apply(prompter));
    }

    /** The review's choice as the item's index, -1 for confirm: the form these tests were first written in. */
    private static int index(ReviewChoice choice) {
        return choice instanceof ReviewChoice.Change change ? change.index() : -1;
    }

    private static <T> T result(CompletableFuture<T> f) throws Exception {
        try {
            return f.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void arrowsMoveTheHighlightAndEnterConfirms() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var answer = start(p -> p.ask(view("unreasonable-demands.after-hours", null, true)));
            String screen = vs.waitFor("❯  1  Never");
            assertTrue(screen.contains("ACME · Question 1 of 31"), screen);
            assertTrue(screen.contains("Sign 1 of 6: Makes unreasonable demands"), screen);
            assertTrue(screen.contains("How often does the client contact you outside your working hours"), screen);
            String down = vs.key(Capability.key_down);
            vs.type(down).type(down).waitFor("❯  3  Sometimes");
            vs.type(vs.key(Capability.key_up)).waitFor("❯  2  Rarely");
            vs.type("j").waitFor("❯  3  Sometimes");
            vs.type("k").waitFor("❯  2  Rarely");
            vs.type("\r");
            assertEquals(new Response.Answered("rarely"), result(answer));
        });
    }

    @Test
    void aDigitThenEnterPicksThatOptionOnEveryQuestionType() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var choice = start(p -> p.ask(view("slow-to-pay.late-invoices", null, false)));
            vs.when("❯  1  None", "3").waitFor("❯  3  Most");
            vs.type("\r");
            assertEquals(new Response.Answered("most"), result(choice));

            var yesNo = start(p -> p.ask(view("slow-to-pay.payment-worry", null, false)));
            vs.when("Do you worry whether", "2\r");
            assertEquals(new Response.Answered("no"), result(yesNo));

            var number = start(p -> p.ask(view("slow-to-pay.reminders", null, false)));
            vs.when("0 to 50 reminders", "3\r");
            assertEquals(new Response.Answered("3"), result(number));
        });
    }

    @Test
    void helpSkipAndBack() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var help = start(p -> p.ask(view("unreasonable-demands.after-hours", null, false)));
            vs.when("❯  1  Never", "?").waitFor("Help: Think of the 11 pm call with a brand-new idea.");
            vs.type("s");
            assertInstanceOf(Response.Skipped.class, result(help));

            var back = start(p -> p.ask(view("unreasonable-demands.like-employee", null, false)));
            vs.when("like one of their employees", "b");
            assertInstanceOf(Response.Back.class, result(back));

            var left = start(p -> p.ask(view("unreasonable-demands.like-employee", null, false)));
            vs.when("like one of their employees", vs.key(Capability.key_left));
            assertInstanceOf(Response.Back.class, result(left));

            var esc = start(p -> p.ask(view("unreasonable-demands.like-employee", null, false)));
            vs.when("like one of their employees", "\033");
            assertInstanceOf(Response.Back.class, result(esc));
        });
    }

    @Test
    void theFirstQuestionCannotGoBack() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var answer = start(p -> p.ask(view("unreasonable-demands.after-hours", null, true)));
            vs.when("❯  1  Never", "b").waitFor("This is the first question; there is nothing to go back to.");
            vs.type("\r");
            assertEquals(new Response.Answered("never"), result(answer));
        });
    }

    @Test
    void aPreviousAnswerIsHighlightedWhenComingBack() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var answer = start(p -> p.ask(view("unreasonable-demands.after-hours", "often", false)));
            vs.waitFor("❯  4  Often  (current answer)");
            vs.type("\r");
            assertEquals(new Response.Answered("often"), result(answer));
        });
    }

    /**
     * A re-check where last time skipped a choice, a yes-no and a number question: Enter on every
     * screen keeps every answer, the skips too, so nothing changed since last time.
     */
    @Test
    void aReCheckPassedWithEnterKeepsTheSkips() {
        Map<String, String> last = new LinkedHashMap<>();
        q.questions().forEach(x -> last.put(x.id(), x.options().isEmpty() ? "3" : x.options().get(0).value()));
        List<String> skipped = List.of("unreasonable-demands.after-hours", "everything-for-nothing.price-pressure", "slow-to-pay.reminders");
        skipped.forEach(id -> last.put(id, Answers.SKIP));
        StartingPoint point = new StartingPoint(StartingPoint.Kind.LAST, new Answers("ACME", last),
                LocalDateTime.parse("2026-11-01T09:30"), Verdict.Kind.RECALIBRATE, null);
        Recall recall = new Recall() {
            @Override
            public List<StartingPoint> find(String client) {
                return List.of(point);
            }

            @Override
            public void chosen(Optional<StartingPoint> p) { }
        };
        assertTimeoutPreemptively(LIMIT, () -> {
            var run = CompletableFuture.supplyAsync(() -> new Interview(q, new Messages(Lang.EN), prompter, a -> { }, recall)
                    .run(new Answers("ACME", Map.of()), false));
            vs.when("❯ 1  Start from last time's answers", "\r");
            String first = vs.waitFor("Question 1 of 31");
            assertTrue(first.contains(" ❯     skipped  (current answer)\n    1  Never\n"), first);
            vs.type("\r");
            for (int i = 2; i <= 31; i++) {
                vs.when("Question " + i + " of 31", "\r");
            }
            vs.when("❯ ✔ Confirm", "\r");
            Answers done = result(run);
            for (String id : skipped) {
                assertEquals(Answers.SKIP, done.values().get(id), id + " stays skipped");
            }
            assertEquals(last, done.values(), "nothing changed since last time");
        });
    }

    @Test
    void numbersAreValidatedAndReasked() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var answer = start(p -> p.ask(view("slow-to-pay.reminders", null, false)));
            vs.when("0 to 50 reminders", "77\r").waitFor("expected a number from 0 to 50");
            assertFalse(vs.screen().contains("slow-to-pay"), "the problem names the question, not its id: " + vs.screen());
            assertTrue(vs.screen().contains("invalid value \"77\" for \"How many"), vs.screen());
            vs.type("\177\177").type("1.5.\r").waitFor("invalid value \"1.5.\"");
            vs.type("\177\177\177\177").type("12\r");
            assertEquals(new Response.Answered("12"), result(answer));

            var empty = start(p -> p.ask(view("slow-to-pay.reminders", null, false)));
            vs.when("0 to 50 reminders", "\r");
            assertInstanceOf(Response.Skipped.class, result(empty), "an empty number skips");
        });
    }

    @Test
    void typedTextIsTakenLiterally() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var intro = start(p -> p.intro(new Prompter.IntroView("Title", List.of("Body"), true)));
            vs.when("Client's name", "Acme !! !3 ^a^b \\n\r");
            assertEquals("Acme !! !3 ^a^b \\n", result(intro).orElseThrow());
        });
    }

    @Test
    void ctrlCAndCtrlDInterrupt() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var c = start(p -> p.ask(view("unreasonable-demands.after-hours", null, false)));
            vs.when("❯  1  Never", "\003");
            PromptInterrupted e = assertThrows(PromptInterrupted.class, () -> result(c));
            assertFalse(e.endOfInput());
            var d = start(p -> p.ask(view("unreasonable-demands.after-hours", null, false)));
            vs.when("❯  1  Never", "\004");
            assertThrows(PromptInterrupted.class, () -> result(d));
        });
    }

    @Test
    void reviewListsEveryAnswerAndPicksOne() {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<Prompter.ReviewItem> items = List.of(new Prompter.ReviewItem("a.b", "First question?", "Often"),
                    new Prompter.ReviewItem("a.c", "Second question?", "skipped"));
            var pick = start(p -> index(p.review("ACME", items, new ReviewChoice.Confirm())));
            String screen = vs.waitFor("❯ ✔ Confirm and show the verdict");
            assertTrue(screen.contains(" 1  Often    First question?"), screen);
            assertTrue(screen.contains(" 2  skipped  Second question?"), screen);
            vs.type(vs.key(Capability.key_down).repeat(3)).waitFor("❯  2  skipped");
            vs.type("\r");
            assertEquals(1, result(pick));
            var confirm = start(p -> index(p.review("ACME", items, new ReviewChoice.Change(1))));
            vs.when("❯  2  skipped", vs.key(Capability.key_up).repeat(3)).waitFor("❯ ✔ Confirm");
            vs.type("\r");
            assertEquals(-1, result(confirm));
        });
    }

    @Test
    void longListsPageOnSmallTerminals() throws IOException {
        prompter.close();
        vs.close();
        vs = new VirtualScreen(60, 12);
        prompter = new TerminalPrompter(vs.terminal(), new Messages(Lang.EN), false, false);
        assertTimeoutPreemptively(LIMIT, () -> {
            var pick = start(p -> index(p.review("ACME", List.of(
                    new Prompter.ReviewItem("q1", "One", "a"), new Prompter.ReviewItem("q2", "Two", "b"),
                    new Prompter.ReviewItem("q3", "Three", "c"), new Prompter.ReviewItem("q4", "Four", "d"),
                    new Prompter.ReviewItem("q5", "Five", "e"), new Prompter.ReviewItem("q6", "Six", "f"),
                    new Prompter.ReviewItem("q7", "Seven", "g"), new Prompter.ReviewItem("q8", "Eight", "h"),
                    new Prompter.ReviewItem("q9", "Nine", "i"), new Prompter.ReviewItem("q10", "Ten", "j")), new ReviewChoice.Confirm())));
            String top = vs.waitFor("❯ ✔ Confirm");
            assertFalse(top.contains("Ten"), top);
            vs.type(vs.key(Capability.key_up)).waitFor("❯ ✔ Confirm"); // no wrap-around: Up on the first row stays
            String bottom = vs.type(vs.key(Capability.key_end)).waitFor("❯ 10  j     Ten"); // the column fits the name row's "ACME"
            assertFalse(bottom.contains("Confirm"), bottom);
            vs.type("\r");
            assertEquals(9, result(pick));
        });
    }

    @Test
    void aResizeRedrawsTheQuestionWrappedToTheNewWidth() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var answer = start(p -> p.ask(view("unreasonable-demands.after-hours", null, false)));
            String wide = vs.waitFor("❯  1  Never");
            assertTrue(wide.contains(" How often does the client contact you outside your working hours (late evenings, weekends) and\n"),
                    wide);
            vs.resize(44, 24);
            String narrow = vs.waitFor(" How often does the client contact you");
            assertTrue(narrow.contains(" How often does the client contact you\n outside your working hours (late evenings,\n"),
                    narrow);
            assertTrue(narrow.contains("❯  1  Never"), narrow);
            vs.type("\r");
            assertEquals(new Response.Answered("never"), result(answer));
        });
    }

    private static final String PASTE_START = "\033[200~";
    private static final String PASTE_END = "\033[201~";

    /**
     * A paste is text, never keys: in the name it is inserted (tabs and newlines as spaces, control
     * characters dropped, capped at the name limit), in a question it is ignored. 1 MB takes no
     * more than a moment.
     */
    @Test
    void aPasteIsTextInTheNameAndIgnoredElsewhere() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var intro = start(p -> p.intro(new Prompter.IntroView("Title", List.of("Body"), true)));
            vs.waitFor("Client's name");
            long begin = System.nanoTime();
            vs.type(PASTE_START + "ACME\tGmbH\nline2\007\033]0;x" + "y".repeat(1_000_000) + PASTE_END);
            vs.waitFor("yyyyyyyy▏"); // a name wider than the window shows its end, where the typing is
            vs.type("\r");
            String name = result(intro).orElseThrow();
            assertEquals("ACME GmbH line2]0;x" + "y".repeat(Answers.MAX_CLIENT_LENGTH - 19), name);
            assertTrue(System.nanoTime() - begin < 5_000_000_000L, "a 1 MB paste is read in linear time");

            var answer = start(p -> p.ask(view("unreasonable-demands.after-hours", null, true)));
            vs.when("❯  1  Never", PASTE_START + "2\n3\n4\ns\nb\n\003" + PASTE_END);
            vs.type("j").waitFor("❯  2  Rarely"); // the keys after the paste are keys again
            vs.type("\r");
            assertEquals(new Response.Answered("rarely"), result(answer), "the pasted lines answered nothing");
        });
    }

    /** kill -INT from outside is Ctrl-C: JLine must not reset SIGINT to its default (death, terminal raw). */
    @Test
    void sigintFromOutsideStopsLikeCtrlC() {
        assertTimeoutPreemptively(LIMIT, () -> {
            var c = start(p -> p.ask(view("unreasonable-demands.after-hours", null, false)));
            vs.waitFor("❯  1  Never");
            vs.terminal().raise(Terminal.Signal.INT);
            PromptInterrupted e = assertThrows(PromptInterrupted.class, () -> result(c));
            assertFalse(e.endOfInput());
        });
    }

    /**
     * Ctrl-Z (or SIGTSTP): the terminal is given back (its attributes, the main screen, bracketed
     * paste off) before the process stops; on SIGCONT raw mode comes back and the screen is redrawn.
     */
    @Test
    void suspendGivesTheTerminalBackAndResumeRedraws() throws IOException {
        prompter.close();
        vs.close();
        vs = new VirtualScreen(100, 30);
        Attributes before = new Attributes(vs.terminal().getAttributes());
        BlockingQueue<String> stopped = new LinkedBlockingQueue<>();
        Semaphore fg = new Semaphore(0);
        prompter = new TerminalPrompter(vs.terminal(), vs.terminal().reader(), () -> {
            Attributes now = vs.terminal().getAttributes();
            stopped.add(now.getLocalFlags().equals(before.getLocalFlags()) + " " + vs.screen().contains("Never"));
            fg.acquireUninterruptibly(); // stopped until "fg"
        }, new Messages(Lang.EN), false, false);
        assertTimeoutPreemptively(LIMIT, () -> {
            var answer = start(p -> p.ask(view("unreasonable-demands.after-hours", null, false)));
            vs.when("❯  1  Never", "\032"); // Ctrl-Z
            assertEquals("true false", stopped.poll(5, TimeUnit.SECONDS), "attributes restored, main screen shown");
            fg.release();
            vs.waitFor("❯  1  Never");
            assertFalse(vs.terminal().getAttributes().getLocalFlag(Attributes.LocalFlag.ISIG), "raw again");
            vs.type("j").waitFor("❯  2  Rarely");
            // SIGTSTP from outside takes the same way.
            CompletableFuture<Void> tstp = CompletableFuture.runAsync(() -> vs.terminal().raise(Terminal.Signal.TSTP));
            assertEquals("true false", stopped.poll(5, TimeUnit.SECONDS));
            fg.release();
            tstp.join();
            vs.waitFor("❯  2  Rarely");
            vs.type("\r");
            assertEquals(new Response.Answered("rarely"), result(answer));
        });
    }

    @Test
    void closeRestoresTheTerminalAttributes() throws IOException {
        prompter.close();
        vs.close();
        vs = new VirtualScreen(80, 24);
        Attributes before = new Attributes(vs.terminal().getAttributes());
        TerminalPrompter p = new TerminalPrompter(vs.terminal(), new Messages(Lang.EN), true, false);
        assertFalse(vs.terminal().getAttributes().getLocalFlag(Attributes.LocalFlag.ISIG), "raw while prompting");
        p.close();
        Attributes after = vs.terminal().getAttributes();
        assertEquals(before.getLocalFlags(), after.getLocalFlags());
        assertEquals(before.getInputFlags(), after.getInputFlags());
        assertEquals(before.getOutputFlags(), after.getOutputFlags());
        assertEquals(before.getControlChars(), after.getControlChars());
        prompter = p;
    }
}
