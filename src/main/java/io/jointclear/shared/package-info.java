/**
 * Value types shared by every module: authorities, codes, money. Kept tiny and free of behaviour that
 * belongs to a business capability.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.jointclear.shared;
