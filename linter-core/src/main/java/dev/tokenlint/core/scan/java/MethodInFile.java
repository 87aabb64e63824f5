package dev.tokenlint.core.scan.java;

/** A method of one file: methods of two files may share a key (two modules' {@code ApiClient}). */
record MethodInFile(String file, MethodKey method) {
}
