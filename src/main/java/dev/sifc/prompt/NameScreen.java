package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The intro: what the tool does, and where asked the client's name, typed or pasted, at most
 * {@link Answers#MAX_CLIENT_LENGTH} code points (what the history keeps). Ends with the name,
 * empty when none was typed or none asked for.
 */
final class NameScreen implements Screen<String> {
    private final Prompter.IntroView view;
    private final Messages messages;
    private final StringBuilder name = new StringBuilder();

    NameScreen(Prompter.IntroView view, Messages messages) {
        this.view = view;
        this.messages = messages;
        append(view.name());
    }

    @Override
    public KeyMaps.Kind keys() {
        // A pasted name is text; elsewhere a paste is ignored.
        return view.askClient() ? KeyMaps.Kind.TEXT : KeyMaps.Kind.LIST;
    }

    @Override
    public List<AttributedString> frame(Layout layout) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(layout.bold(view.title()));
        lines.add(AttributedString.EMPTY);
        List<AttributedString> text = layout.paragraphs(view.lines());
        List<AttributedString> ask = new ArrayList<>();
        if (view.askClient()) {
            String label = messages.get("prompt.intro.client");
            String typed = name.toString();
            if (Text.length(label) + Text.length(typed) + 2 <= layout.width()) {
                ask.add(new AttributedStringBuilder().append(" ").append(label).style(layout.accent().bold()).append(typed)
                        .style(AttributedStyle.DEFAULT).append("▏").toAttributedString());
            } else {
                // A narrow window: the question above, the name under it, its end in view as it is typed.
                layout.wrap(label.strip(), AttributedStyle.DEFAULT, ask);
                ask.add(new AttributedStringBuilder().append(" ").style(layout.accent().bold()).append(tail(typed, layout.width() - 2))
                        .style(AttributedStyle.DEFAULT).append("▏").toAttributedString());
            }
            ask.add(AttributedString.EMPTY);
        }
        // On a short screen the text gives way: the name being typed and the key line stay in view.
        lines.addAll(Layout.squeeze(text, layout.rows() - lines.size() - ask.size() - 1));
        lines.addAll(ask);
        lines.add(layout.dim(messages.get(view.rename() ? "prompt.name.enter" : "prompt.intro.start")));
        return lines;
    }

    @Override
    public Optional<String> key(Key key, String typed) {
        switch (key) {
            case ENTER -> {
                return Optional.of(name.toString());
            }
            case PASTE -> append(typed);
            case CHAR -> {
                if (view.askClient()) {
                    append(Text.clean(typed));
                }
            }
            case BACKSPACE -> {
                if (name.length() > 0) {
                    name.setLength(name.length() - Character.charCount(name.codePointBefore(name.length())));
                }
            }
            default -> { }
        }
        return Optional.empty();
    }

    /** The end of {@code s} that fits {@code width} columns, after an ellipsis when cut. */
    private static String tail(String s, int width) {
        if (Text.length(s) <= width) {
            return s;
        }
        int start = 0;
        while (Text.length(s.substring(start)) > width - 1) {
            start = s.offsetByCodePoints(start, 1);
        }
        return "…" + s.substring(start);
    }

    /** Appends what fits within {@link Answers#MAX_CLIENT_LENGTH} code points. */
    private void append(String text) {
        int room = Answers.MAX_CLIENT_LENGTH - name.codePointCount(0, name.length());
        int n = Math.min(room, text.codePointCount(0, text.length()));
        if (n > 0) {
            name.append(text, 0, text.offsetByCodePoints(0, n));
        }
    }
}
