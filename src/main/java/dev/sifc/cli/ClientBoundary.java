package dev.sifc.cli;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets a signal (SIGTERM, SIGHUP, Ctrl-C) end a portfolio between two clients, never in the middle
 * of one, so that what was printed and what was recorded agree.
 *
 * <p>The loop holds the boundary's lock while it works on a client ({@link #enter} to {@link
 * #leave}) and lets go while it reads the next one. On a signal the shutdown hook asks the loop to
 * stop, takes the lock (waiting at most {@link #WAIT_MS} for the current client to be done) and
 * settles: flushes the output and records what it showed. The loop settles the same way when it
 * ends by itself; whoever comes first settles, once. If the current client takes longer than the
 * wait (an output nobody reads, say), the process ends without settling, as it would without the
 * hook: the clients settled before stay recorded.
 */
final class ClientBoundary implements AutoCloseable {
    /** How long a signal waits for the client in hand. One client takes milliseconds. */
    static final long WAIT_MS = 3000;

    /** What settling does; {@code bySignal} when a signal ended the run. */
    interface Settle {
        void settle(boolean bySignal);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Settle settle;
    private final Thread hook;
    private volatile boolean stopped;
    private boolean settled;

    ClientBoundary(Settle settle) {
        this.settle = settle;
        this.hook = new Thread(this::onSignal, "client-boundary");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts the work on one client; false when a signal asked to stop (then nothing is held). */
    boolean enter() {
        lock.lock();
        if (stopped) {
            lock.unlock();
            return false;
        }
        return true;
    }

    /** Ends the work on one client. */
    void leave() {
        lock.unlock();
    }

    /** True once a signal asked the run to stop. */
    boolean stopped() {
        return stopped;
    }

    private void onSignal() {
        stopped = true;
        try {
            if (lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                try {
                    settleOnce(true);
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void settleOnce(boolean bySignal) {
        if (!settled) {
            settled = true;
            settle.settle(bySignal);
        }
    }

    /** The loop is done (or failed): settles, unless the signal did, and removes the hook. */
    @Override
    public void close() {
        boolean signalled = stopped;
        try {
            settleOnce(signalled);
        } finally {
            if (!signalled) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // shutting down already: the hook runs, finds the run settled, and returns
                }
            }
        }
    }
}
