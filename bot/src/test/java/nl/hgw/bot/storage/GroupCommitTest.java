package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void everyWriterReturnsOnlyAfterACommitThatBeganAfterItsWrite() throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong durable = new AtomicLong();
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            long upTo = written.get();
            commits.incrementAndGet();
            sleep(2);
            durable.accumulateAndGet(upTo, Math::max);
        });
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 400; i++) {
            all.add(CompletableFuture.runAsync(() -> {
                long mine = written.incrementAndGet();
                group.afterWrite();
                if (durable.get() < mine) {
                    violations.add("write " + mine + " returned before it was committed");
                }
            }, writers));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        writers.shutdown();
        assertThat(violations).isEmpty();
        assertThat(commits.get()).as("writers that came together shared a commit").isLessThan(400);
    }

    @Test
    void theWritersThatArriveDuringACommitShareTheNextOne() throws Exception {
        CountDownLatch firstCommitMayEnd = new CountDownLatch(1);
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (commits.incrementAndGet() == 1) {
                waitFor(firstCommitMayEnd);
            }
        });
        ExecutorService writers = Executors.newFixedThreadPool(6);
        CompletableFuture<Void> first = CompletableFuture.runAsync(group::afterWrite, writers);
        await().atMost(Duration.ofSeconds(5)).until(() -> commits.get() == 1);
        List<CompletableFuture<Void>> meanwhile = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            meanwhile.add(CompletableFuture.runAsync(group::afterWrite, writers));
        }
        Thread.sleep(200);
        assertThat(meanwhile).as("waiting for a commit that began after their write").noneMatch(CompletableFuture::isDone);
        firstCommitMayEnd.countDown();
        CompletableFuture.allOf(meanwhile.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        first.get(5, TimeUnit.SECONDS);
        writers.shutdown();
        assertThat(commits.get()).as("one commit for the first write, one for the five").isEqualTo(2);
    }

    @Test
    void aFailedCommitIsThrownToItsWriterAndTheNextWriterCommitsAgain() {
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (commits.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(group::afterWrite).hasMessage("disk full");
        group.afterWrite();
        assertThat(commits.get()).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
