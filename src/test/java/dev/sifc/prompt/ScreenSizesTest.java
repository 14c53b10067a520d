package dev.sifc.prompt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sifc.core.Answers;
import dev.sifc.core.Lang;
import dev.sifc.core.Question;
import dev.sifc.core.QuestionType;
import dev.sifc.core.Questionnaire;
import dev.sifc.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of screen at the sizes of issue 14, in both languages, with the help shown and a
 * problem noted where a screen has them: no frame is taller or wider than the screen, the
 * highlight (or the name being typed) is in view, and the last line is the screen's key line.
 */
class ScreenSizesTest {
    /** A screen, made afresh, with what its key line starts with, and a text it must show whole (or null). */
    private record Case(String name, Supplier<Screen<?>> screen, String keys, String whole) {
        Case(String name, Supplier<Screen<?>> screen, String keys) {
            this(name, screen, keys, null);
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"40, 12, EN", "40, 12, DE", "40, 35, EN", "40, 35, DE", "80, 24, EN", "80, 24, DE", "120, 40, EN",
        "120, 40, DE"})
    void everyScreenFits(int columns, int rows, Lang lang) {
        Messages m = new Messages(lang);
        Layout layout = new Layout(rows, columns, false);
        for (Case c : cases(m)) {
            Screen<?> screen = c.screen().get();
            List<AttributedString> frame = screen.frame(layout);
            String shown = frame.stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
            String where = c.name() + " at " + columns + "x" + rows + " in " + lang + ":\n" + shown;
            assertTrue(frame.size() <= rows, frame.size() + " lines, taller than the screen: " + where);
            for (AttributedString line : frame) {
                assertTrue(line.columnLength() <= columns, "a line of " + line.columnLength() + " columns: " + where);
            }
            assertTrue(shown.contains("❯") || shown.contains("▏"), "the highlight is in view: " + where);
            String last = frame.get(frame.size() - 1).toString().strip();
            assertTrue(!last.isEmpty() && c.keys().contains(last.substring(0, Math.min(8, last.length()))),
                    "the key line (\"" + c.keys() + "\") ends the screen: " + where);
            List<String> keyLines = new ArrayList<>();
            for (int i = frame.size() - 1; i >= 0 && frame.get(i).length() > 0; i--) {
                keyLines.add(0, frame.get(i).toString().strip());
            }
            for (String line : keyLines) {
                assertFalse(line.startsWith("·") || line.endsWith("·"), "a key line wrapped at its separator: " + where);
            }
            if (keyLines.stream().noneMatch(l -> l.endsWith("…"))) {
                for (String item : c.keys().split(" · ", -1)) {
                    assertTrue(keyLines.stream().anyMatch(l -> l.contains(item)), "\"" + item + "\" wrapped inside: " + where);
                }
            }
            if (c.whole() != null && rows >= 24) { // a screen short of rows may shorten it, with "…"
                String words = frame.stream().map(l -> l.toString().strip()).collect(Collectors.joining(" "));
                assertTrue(words.contains(c.whole()), "\"" + c.whole() + "\" wrapped, not cut: " + where);
            }
        }
    }

    private static QuestionView forClient(QuestionView v, String client) {
        return new QuestionView(v.question(), client, v.header(), v.progress(), v.position(), v.count(), v.text(), v.help(),
                v.options(), v.numberHint(), v.current(), v.first());
    }

    private static List<Case> cases(Messages m) {
        Questionnaire q = Frames.questionnaire();
        List<Case> cases = new ArrayList<>();
        for (String id : List.of("unreasonable-demands.after-hours", "unreasonable-demands.boundaries",
                "everything-for-nothing.price-pressure", "slow-to-pay.reminders")) {
            Question question = q.question(id).orElseThrow();
            QuestionView view = Frames.view(id, null, false, m);
            String keys = question.type() == QuestionType.NUMBER ? m.get("prompt.keys.number")
                    : m.get(view.question().type() == QuestionType.YES_NO ? "prompt.keys.yesno" : "prompt.keys.list",
                            view.options().size());
            cases.add(new Case(id + " with help, on its last option", () -> {
                QuestionScreen s = QuestionScreen.of(view, m, () -> 0);
                s.key(Key.HELP, "?");
                s.key(Key.END, "");
                return s;
            }, keys, view.header()));
            cases.add(new Case(id + " for a client with a long name", () -> QuestionScreen.of(
                    forClient(Frames.view(id, null, false, m), "Müller & Söhne Garten- und Landschaftsbau GmbH"), m, () -> 0),
                    keys, view.header()));
            cases.add(new Case(id + " skipped, with help and a problem", () -> {
                QuestionScreen s = QuestionScreen.of(Frames.view(id, Answers.SKIP, false, m), m, () -> 0);
                s.key(Key.HELP, "?");
                s.key(Key.CHAR, "9");
                s.key(Key.ENTER, "\r");
                return s;
            }, keys));
        }
        List<Prompter.ReviewItem> items = q.questions().stream()
                .map(x -> new Prompter.ReviewItem(x.id(), x.text().get(m.lang()), x.display(x.calmest(), m.lang()))).toList();
        String reviewKeys = m.get("prompt.review.keys") + " · " + m.get("prompt.review.keys.jump", items.size());
        cases.add(new Case("review on confirm", () -> new ReviewScreen("Müller & Söhne GmbH", items, new ReviewChoice.Confirm(), m),
                reviewKeys));
        cases.add(new Case("review in the middle", () -> new ReviewScreen("ACME", items, new ReviewChoice.Change(12), m), reviewKeys));
        cases.add(new Case("review at the end, after a problem", () -> {
            ReviewScreen s = new ReviewScreen("ACME", items, new ReviewChoice.Confirm(), m, () -> 0);
            s.key(Key.END, "");
            s.key(Key.CHAR, "0");
            return s;
        }, reviewKeys));
        String intro = m.get("prompt.intro.body", q.questions().size(), q.signs().size(), q.source().title(), q.source().publisher(), 3);
        cases.add(new Case("intro", () -> new NameScreen(new Prompter.IntroView("Should I fire this client?",
                List.of(intro, Interview.screenKeys(m)), true), m), m.get("prompt.intro.start")));
        String startKeys = m.get("prompt.start.keys", 3);
        cases.add(new Case("start", () -> {
            StartScreen s = new StartScreen(new Prompter.StartView("Should I fire this client?",
                    List.of(m.get("prompt.start.last", "ACME", "2026-11-02", "keep"), Interview.screenKeys(m)),
                    List.of(m.get("prompt.start.option.draft", "2026-12-01", "10:00", 5, 24),
                            m.get("prompt.start.option.last", "2026-11-02", 24, 24), m.get("prompt.start.option.afresh"))),
                    startKeys, m);
            s.key(Key.DOWN, "");
            s.key(Key.DOWN, "");
            return s;
        }, startKeys));
        assertFalse(cases.isEmpty());
        return cases;
    }
}
