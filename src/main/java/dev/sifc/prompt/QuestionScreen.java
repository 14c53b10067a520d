package dev.sifc.prompt;

import dev.sifc.core.QuestionType;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * One question: the header every question shares (client, progress, section, text, and the help
 * when toggled on), a note about the last key, and the keys every question shares (help, skip,
 * back). The answer part is {@link ChoiceScreen}'s or {@link NumberScreen}'s.
 */
abstract class QuestionScreen implements Screen<Response> {
    protected final QuestionView view;
    protected final Messages messages;
    private final KeyMaps.Kind keys;
    /** Whether the question's help is shown. */
    protected boolean help;
    /** What was wrong with the last key, or null. */
    protected String note;

    QuestionScreen(QuestionView view, Messages messages, KeyMaps.Kind keys) {
        this.view = view;
        this.messages = messages;
        this.keys = keys;
    }

    /** The screen for {@code view}'s question; {@code millis} is the clock of the two-digit shortcut. */
    static QuestionScreen of(QuestionView view, Messages messages, LongSupplier millis) {
        return view.question().type() == QuestionType.NUMBER ? new NumberScreen(view, messages)
                : new ChoiceScreen(view, messages, millis);
    }

    @Override
    public final KeyMaps.Kind keys() {
        return keys;
    }

    /**
     * The header, the answer part, then the note and the keys, fitted to the screen's rows: when
     * they do not all fit, the key line is cut to one line, then the help gives up its last lines,
     * then the blank lines go, so that the answer part (with its highlight) and the keys stay in view.
     */
    @Override
    public final List<AttributedString> frame(Layout layout) {
        List<AttributedString> top = header(layout, false);
        List<AttributedString> helpLines = new ArrayList<>();
        if (help) {
            layout.wrap(messages.get("prompt.help", view.help()), layout.accent(), helpLines);
            String keys = keysHelp();
            if (keys != null) {
                layout.wrap(keys, layout.accent(), helpLines);
            }
        }
        List<AttributedString> foot = new ArrayList<>();
        layout.footer(foot, keysHint(), note);
        int need = answerRows();
        if (top.size() + helpLines.size() + foot.size() + need + 1 > layout.rows()) {
            foot = new ArrayList<>();
            layout.shortFooter(foot, keysHint(), note);
        }
        boolean blank = true;
        int spare = layout.rows() - top.size() - foot.size() - need - 1;
        if (spare < 0) {
            blank = false;
            top.removeIf(line -> line.length() == 0);
            spare = layout.rows() - top.size() - foot.size() - need;
        }
        if (spare < 0) {
            // Still too tall: the section's title on one line, shortened with "…" (the question and
            // the answers matter more), and no blank line above the keys.
            top = header(layout, true);
            top.removeIf(line -> line.length() == 0);
            foot.removeIf(line -> line.length() == 0);
            spare = layout.rows() - top.size() - foot.size() - need;
        }
        if (helpLines.size() > Math.max(0, spare)) {
            helpLines = new ArrayList<>(helpLines.subList(0, Math.max(0, spare)));
            if (!helpLines.isEmpty()) {
                AttributedString last = helpLines.remove(helpLines.size() - 1);
                helpLines.add(layout.cut(last.toString().strip() + " …", layout.accent()));
            }
        }
        List<AttributedString> lines = new ArrayList<>(top);
        lines.addAll(helpLines);
        if (blank) {
            lines.add(AttributedString.EMPTY);
        }
        answerLines(layout, lines, Math.max(need, layout.rows() - lines.size() - foot.size()));
        lines.addAll(foot);
        return lines;
    }

    /**
     * Adds the lines of the answer part to {@code lines}, which hold the header so far.
     *
     * @param rows how many lines the answer part may take (at least {@link #answerRows()})
     */
    protected abstract void answerLines(Layout layout, List<AttributedString> lines, int rows);

    /** How many lines the answer part needs at least, with the highlight among them. */
    protected abstract int answerRows();

    /** The keys of the question, for the footer. */
    protected abstract String keysHint();

    /** What the help says about this question's keys, or null. */
    protected String keysHelp() {
        return null;
    }

    @Override
    public final Optional<Response> key(Key key, String typed) {
        note = null;
        switch (key) {
            case HELP -> help = !help;
            case SKIP -> {
                return Optional.of(new Response.Skipped());
            }
            case BACK -> {
                if (!view.first()) {
                    return Optional.of(new Response.Back());
                }
                note = messages.get("prompt.first");
            }
            default -> {
                return answer(key, typed);
            }
        }
        return Optional.empty();
    }

    /** Takes a key that is not help, skip or back. */
    protected abstract Optional<Response> answer(Key key, String typed);

    /**
     * The progress, the section and the question; the help and a blank line follow. The section's
     * title wraps like the question, never cut; on a narrow screen the client's name gives way to the
     * progress, cut with "…". With {@code cut}, the title takes one line, cut with "…" (a screen short of rows).
     */
    private List<AttributedString> header(Layout layout, boolean cut) {
        List<AttributedString> lines = new ArrayList<>();
        String progress = view.progress() + "  " + Layout.progressBar(view.position() - 1, view.count());
        String client = "";
        if (view.client() != null) {
            int room = layout.width() - 1 - Text.length(progress) - 3;
            client = room >= 4 ? Text.truncate(view.client(), room) + " · " : "";
        }
        lines.add(layout.dim(client + progress));
        if (cut) {
            lines.add(layout.bold(view.header()));
        } else {
            layout.wrap(view.header(), AttributedStyle.BOLD, lines);
        }
        lines.add(AttributedString.EMPTY);
        layout.wrap(view.text(), AttributedStyle.BOLD, lines);
        return lines;
    }
}
