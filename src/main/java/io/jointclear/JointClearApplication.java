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

    /**
     * Starts the platform; {@code load …} runs the load generator against a running instance instead,
     * {@code risk-eval …} trains and measures the risk model on declaration files, {@code --help}
     * prints the usage and anything else unknown is refused (exit 2) — see {@link CommandLine}.
     */
    public static void main(String[] args) {
        int exit = CommandLine.run(args, System.out, System.err);
        if (exit != CommandLine.START) {
            System.out.flush();
            System.exit(exit);
        }
        SpringApplication.run(JointClearApplication.class, args);
    }
}
