package app.candor.cli;

/** How a listing is printed. */
public enum OutputFormat { text, json }
