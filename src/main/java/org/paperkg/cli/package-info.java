/**
 * One picocli class per {@code paperkg} subcommand. Commands parse and check their options,
 * call the stage that does the work and print its result; data goes to stdout, logs to stderr,
 * and {@link org.paperkg.cli.ExitCodes} says how it went.
 */
package org.paperkg.cli;
