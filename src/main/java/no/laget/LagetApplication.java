package no.laget;

import java.time.Clock;

import no.laget.platform.database.DatabaseCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LagetApplication {

    public static void main(String[] args) {
        // backup and restore act on the database's files; the application must not open it first
        if (DatabaseCommands.handles(args)) {
            System.exit(DatabaseCommands.run(args, System.out, Clock.systemUTC()));
        }
        SpringApplication.run(LagetApplication.class, args);
    }
}
