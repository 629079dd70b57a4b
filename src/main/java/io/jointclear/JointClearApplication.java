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
     * {@code risk-eval …} trains and measures the risk model on declaration files.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            io.jointclear.tools.LoadGenerator.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("risk-eval")) {
            io.jointclear.risk.RiskEvaluation.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(JointClearApplication.class, args);
    }
}
