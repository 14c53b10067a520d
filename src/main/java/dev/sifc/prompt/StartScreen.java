package dev.sifc.prompt;

import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Where a named client's interview starts: a draft, the last answers, or afresh; Enter picks the highlighted one. */
final class StartScreen implements Screen<Integer> {
    private final Prompter.StartView view;
    private final String keysHint;
    /** Says what was wrong with the last key ("not an answer: ... (1-3)"). */
    private final Messages messages;
    private int highlight;
    private String note;

    StartScreen(Prompter.StartView view, String keysHint, Messages messages) {
        this.view = view;
        this.keysHint = keysHint;
        this.messages = messages;
    }

    @Override
    public KeyMaps.Kind keys() {
        return KeyMaps.Kind.LIST;
    }

    @Override
    public List<AttributedString> frame(Layout layout) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(layout.bold(view.title()));
        lines.add(AttributedString.EMPTY);
        List<AttributedString> text = layout.paragraphs(view.lines());
        List<AttributedString> options = new ArrayList<>();
        for (int i = 0; i < view.options().size(); i++) {
            boolean on = i == highlight;
            AttributedStyle style = on ? layout.accent().bold() : AttributedStyle.DEFAULT;
            // An option wider than the window wraps under itself, never past the edge.
            List<String> parts = Text.wrap(view.options().get(i), Math.max(10, layout.width() - 7));
            for (int j = 0; j < parts.size(); j++) {
                String lead = j > 0 ? "      " : (on ? " ❯ " : "   ") + (i + 1) + "  ";
                options.add(new AttributedStringBuilder().style(style).append(lead).append(parts.get(j)).toAttributedString());
            }
        }
        List<AttributedString> foot = new ArrayList<>();
        layout.footer(foot, keysHint, note);
        if (lines.size() + text.size() + options.size() + foot.size() > layout.rows()) {
            foot = new ArrayList<>();
            layout.shortFooter(foot, keysHint, note);
        }
        // On a short screen the text gives way: the options and the key line stay in view.
        lines.addAll(Layout.squeeze(text, layout.rows() - lines.size() - options.size() - foot.size()));
        lines.addAll(options);
        lines.addAll(foot);
        return lines;
    }

    @Override
    public Optional<Integer> key(Key key, String typed) {
        int count = view.options().size();
        note = null;
        switch (key) {
            case UP -> highlight = (highlight + count - 1) % count;
            case DOWN -> highlight = (highlight + 1) % count;
            case CHAR -> {
                int digit = typed.charAt(0) - '0';
                if (digit >= 1 && digit <= count) {
                    highlight = digit - 1;
                } else {
                    note = messages.get("prompt.invalid.range", typed, "1-" + count);
                }
            }
            case ENTER -> {
                return Optional.of(highlight);
            }
            default -> { }
        }
        return Optional.empty();
    }
}
