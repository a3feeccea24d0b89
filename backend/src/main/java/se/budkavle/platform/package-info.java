/**
 * Conventions every module shares: the database bootstrap, problem details and cursor pagination.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.budkavle.platform;
