package app.candor.scripts;

/** A malformed template: what is wrong and where (field, 0-based offset, 1-based line and column); a refusal. */
public final class TemplateException extends app.candor.domain.Refused {

    private final String field;
    private final String problem;
    private final int offset;
    private final int line;
    private final int column;

    public TemplateException(String field, String problem, int offset, int line, int column) {
        super((field.isEmpty() ? "" : field + ", ") + "line " + line + ", column " + column + ": " + problem);
        this.field = field;
        this.problem = problem;
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** The same problem, said of a named field such as "email body". */
    public TemplateException inField(String name) {
        return new TemplateException(name, problem, offset, line, column);
    }

    public String field() {
        return field;
    }

    public int offset() {
        return offset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
