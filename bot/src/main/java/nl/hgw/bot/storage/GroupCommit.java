package nl.hgw.bot.storage;

/**
 * Many writers, one commit at a time: a writer whose write has been applied waits until a
 * commit that began after that write has finished. While one commit runs, the writers that
 * arrive meanwhile are covered together by the next one, instead of each queueing for a commit
 * of its own (as a database's journal does with group commit).
 */
final class GroupCommit {

    private final Runnable commit;

    private final Object lock = new Object();

    /** Writes applied so far, each with its number. */
    private long applied;

    /** Every write up to this number is committed. */
    private long committed;

    private boolean running;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Called after a write was applied; returns once it is committed. */
    void afterWrite() {
        long write;
        synchronized (lock) {
            write = ++applied;
            while (committed < write) {
                if (!running) {
                    running = true;
                    break;
                }
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // the store commits by itself within a second; do not hold the thread
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (committed >= write) {
                return;
            }
        }
        commitUpTo(write);
    }

    private void commitUpTo(long write) {
        long covered;
        synchronized (lock) {
            covered = applied;
        }
        boolean done = false;
        try {
            commit.run();
            done = true;
        } finally {
            synchronized (lock) {
                running = false;
                if (done) {
                    committed = Math.max(committed, covered);
                }
                lock.notifyAll();
            }
        }
    }
}
