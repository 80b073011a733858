package no.laget;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LagetApplication {

    public static void main(String[] args) {
        SpringApplication.run(LagetApplication.class, args);
    }
}
