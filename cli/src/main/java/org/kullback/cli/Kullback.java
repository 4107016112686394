package org.kullback.cli;

/** Entry point of the {@code kullback} command. */
public final class Kullback {
  private Kullback() {}

  public static void main(String[] args) {
    System.out.println("kullback");
  }
}
