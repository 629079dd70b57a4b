/**
 * Demo traffic (profile {@code demo} only, never with {@code test}): a simulator that files realistic
 * crossings over the land-port pairs in proportion to BTS truck counts, runs the officers' side of
 * them, backfills some days of history at start-up and then keeps a live trickle, so the console opens
 * onto real-looking flows. Calls the module APIs in-process, exactly as the console does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo traffic")
package io.jointclear.demo;
