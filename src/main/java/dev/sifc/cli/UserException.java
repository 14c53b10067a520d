package dev.sifc.cli;

import dev.sifc.text.Messages;

/** A problem the user can fix: a message key, its arguments and an exit code. Printed as one line. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final String key;
    private final transient Object[] args;

    public UserException(int exitCode, String key, Object... args) {
        super(key, null, false, false);
        this.exitCode = exitCode;
        this.key = key;
        this.args = args.clone();
    }

    public static UserException invalid(String key, Object... args) {
        return new UserException(ExitCodes.INVALID, key, args);
    }

    public int exitCode() {
        return exitCode;
    }

    public String message(Messages messages) {
        return messages.get(key, args);
    }
}
