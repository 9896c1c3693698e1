package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalTurnLeasesTest {

    private final LocalTurnLeases leases = new LocalTurnLeases();

    @Test
    void aConversationHasOneHolderUntilItGivesTheLeaseBack() {
        assertThat(leases.tryTake("c1", "turn-a")).isTrue();
        assertThat(leases.tryTake("c1", "turn-b")).isFalse();
        assertThat(leases.tryTake("c2", "turn-b")).as("another conversation").isTrue();

        leases.giveBack("c1", "turn-b");
        assertThat(leases.tryTake("c1", "turn-c")).as("only the holder gives it back").isFalse();

        leases.giveBack("c1", "turn-a");
        assertThat(leases.tryTake("c1", "turn-c")).isTrue();
    }

    @Test
    void ofManyTurnsAtOnceExactlyOneTakesIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        for (int i = 0; i < 64; i++) {
            String owner = "turn-" + i;
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (leases.tryTake("c1", owner)) {
                    taken.incrementAndGet();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(taken).hasValue(1);
    }
}
