package org.fengqiao.petition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PetitionApplication {

    public static void main(String[] args) {
        SpringApplication.run(PetitionApplication.class, args);
    }
}
