package dev.sifc.prompt;

import dev.sifc.core.QuestionType;
import dev.sifc.text.Messages;
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

    /** The header, the answer part, then the note and the keys. */
    @Override
    public final List<AttributedString> frame(Layout layout) {
        List<AttributedString> lines = header(layout);
        answerLines(layout, lines);
        layout.footer(lines, keysHint(), note);
        return lines;
    }

    /** Adds the lines of the answer part to {@code lines}, which hold the header so far. */
    protected abstract void answerLines(Layout layout, List<AttributedString> lines);

    /** The keys of the question, for the footer. */
    protected abstract String keysHint();

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

    private List<AttributedString> header(Layout layout) {
        List<AttributedString> lines = new ArrayList<>();
        String client = view.client() == null ? "" : view.client() + " · ";
        lines.add(layout.dim(client + view.progress() + "  " + Layout.progressBar(view.position(), view.count())));
        lines.add(layout.bold(view.header()));
        lines.add(AttributedString.EMPTY);
        layout.wrap(view.text(), AttributedStyle.BOLD, lines);
        if (help) {
            layout.wrap(messages.get("prompt.help", view.help()), layout.accent(), lines);
        }
        lines.add(AttributedString.EMPTY);
        return lines;
    }
}
