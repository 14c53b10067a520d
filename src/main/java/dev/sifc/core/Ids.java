package dev.sifc.core;

import java.util.regex.Pattern;

/** Id rules shared by the model and the loaders. */
public final class Ids {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Ids() {}

    public static boolean isKebab(String id) {
        return id != null && KEBAB.matcher(id).matches();
    }

    public static String requireKebab(String id) {
        ModelException.check(isKebab(id), "model.id.kebab", id);
        return id;
    }
}
