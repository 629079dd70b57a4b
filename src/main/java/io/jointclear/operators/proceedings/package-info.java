/**
 * Due-process proceedings against operators' authorisations (BRIEF §8.1, §9.3, §9.3b): {@link
 * io.jointclear.operators.proceedings.Proceedings} is what other modules (the console) call; the aggregate, its
 * store and its terms stay inside. See docs/operators.md "Proceedings".
 */
@org.springframework.modulith.NamedInterface("proceedings")
package io.jointclear.operators.proceedings;
