package se.sodertalje.euportal.dashboard;

import java.util.List;

/** One figure's data as a table for export: a header row and rows of text, whole numbers and amounts. */
public record FigureTable(String name, List<String> columns, List<List<Object>> rows) {
}
