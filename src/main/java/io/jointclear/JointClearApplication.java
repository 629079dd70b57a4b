package io.jointclear;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** JointClear: the joint Mexico–United States customs clearance platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared", systemName = "JointClear")
public class JointClearApplication {

    public static void main(String[] args) {
        SpringApplication.run(JointClearApplication.class, args);
    }
}
