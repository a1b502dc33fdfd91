package com.capp.autogen.cli;

/**
 * A command whose exit code 1 means "the schemas differ" ({@code check}, {@code diff}); its errors
 * exit with 2 instead, so a CI gate can tell drift from a broken run.
 */
interface DriftCommand {
}
