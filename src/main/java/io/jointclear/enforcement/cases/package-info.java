/** The case aggregate, its terms and views; read by the console. */
@org.springframework.modulith.NamedInterface("cases")
package io.jointclear.enforcement.cases;
