package org.fengqiao.local.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB wire-protocol store of the local stack: mongo-java-server on an H2 MVStore file
 * ({@code <dir>/store.mv}), oplog enabled so change streams work. Options: {@code --dir} (default
 * {@code .fengqiao-data/mongo}), {@code --port} (default 27017), {@code --ready-file}.
 *
 * <p>SIGTERM closes the server and the MVStore, which writes everything committed to the file. H2 commits
 * in the background about once a second, so a {@code kill -9} may lose the last second of writes.
 */
public final class MongoStoreMain {

    static {
        QuietLogging.install();
    }

    static final String STORE_FILE = "store.mv";

    private static final Logger log = LoggerFactory.getLogger(MongoStoreMain.class);

    private MongoStoreMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long started = System.nanoTime();
        MainArgs options = MainArgs.parse(args);
        Path dir = options.path("dir", Path.of(".fengqiao-data", "mongo"));
        int port = options.port("port", 27017);
        ReadyFile ready = new ReadyFile(options.optionalPath("ready-file"));
        ready.withdraw();

        Files.createDirectories(dir);
        H2Backend backend = new H2Backend(dir.resolve(STORE_FILE).toString());
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ready.withdraw();
            server.shutdown(); // also closes the backend, flushing the MVStore
            stopped.countDown();
        }, "mongo-store-shutdown"));
        server.bind("localhost", port);

        ready.announce("mongodb://localhost:" + port);
        log.info("Mongo-wire store ready on mongodb://localhost:{} ({}) in {} ms", port, dir.resolve(STORE_FILE),
                (System.nanoTime() - started) / 1_000_000);
        stopped.await();
    }
}
