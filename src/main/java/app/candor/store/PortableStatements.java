package app.candor.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's statements as written for SQLite, on a team's PostgreSQL server: so the same SQL serves both.
 * <ul>
 * <li>SQLite's numbered parameters ({@code ?1}, used twice in one statement), which PostgreSQL's driver does not
 * know: the statement is prepared with a {@code ?} at each place, and a value set for number n is set at every
 * place that said {@code ?n}. Plain {@code ?} count on from the highest number before them, as in SQLite. Text in
 * quotes is left alone.</li>
 * <li>Yes/no values, which both schemas keep as 0 or 1 in integer columns: {@code setBoolean} sets 0 or 1 (SQLite
 * does so itself; PostgreSQL refuses a boolean for an integer column).</li>
 * </ul>
 */
final class PortableStatements implements InvocationHandler {

    private final Connection raw;
    private static final java.util.regex.Pattern INSERT =
            java.util.regex.Pattern.compile("\\s*INSERT\\s+INTO\\s+(\\w+)", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The tables whose rows get a number as their id. */
    private static final java.util.Set<String> WITH_ID = java.util.Set.of("prospects", "deals", "interactions",
            "checkin_changes", "snoozes", "stage_changes", "alert_events");

    private PortableStatements(Connection raw) {
        this.raw = raw;
    }

    static Connection over(Connection raw) {
        return (Connection) Proxy.newProxyInstance(PortableStatements.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new PortableStatements(raw));
    }

    /** The SQL with only plain {@code ?}, and for each of them (in order) the number a caller sets it by. */
    record Translated(String sql, int[] numbers, boolean renumbered) {
    }

    static Translated translate(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Integer> numbers = new ArrayList<>();
        int highest = 0;
        boolean renumbered = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                while (end > 0 && end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                    end = sql.indexOf(c, end + 2);
                }
                end = end < 0 ? sql.length() - 1 : end;
                out.append(sql, i, end + 1);
                i = end;
            } else if (c == '?') {
                int j = i + 1;
                while (j < sql.length() && Character.isDigit(sql.charAt(j))) {
                    j++;
                }
                int n = j > i + 1 ? Integer.parseInt(sql.substring(i + 1, j)) : highest + 1;
                renumbered |= j > i + 1;
                highest = Math.max(highest, n);
                numbers.add(n);
                out.append('?');
                i = j - 1;
            } else {
                out.append(c);
            }
        }
        return new Translated(out.toString(), numbers.stream().mapToInt(Integer::intValue).toArray(), renumbered);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
            Translated t = translate(sql);
            Object[] rest = args.clone();
            rest[0] = t.sql();
            java.util.regex.Matcher insert = INSERT.matcher(sql);
            if (args.length == 1 && insert.lookingAt() && WITH_ID.contains(insert.group(1).toLowerCase(java.util.Locale.ROOT))) {
                // SQLite hands back the new row's id unasked; PostgreSQL's driver when named
                method = Connection.class.getMethod("prepareStatement", String.class, String[].class);
                rest = new Object[] {t.sql(), new String[] {"id"}};
            }
            PreparedStatement statement = (PreparedStatement) call(raw, method, rest);
            int[] numbers = t.renumbered() ? t.numbers() : null;
            return Proxy.newProxyInstance(PortableStatements.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (p, m, a) -> set(statement, numbers, m, a));
        }
        if (method.getName().equals("unwrap") && ((Class<?>) args[0]).isInstance(raw)) {
            return raw;
        }
        return call(raw, method, args);
    }

    private static final Method SET_INT;

    static {
        try {
            SET_INT = PreparedStatement.class.getMethod("setInt", int.class, int.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code numbers}: for each place, the number it is set by; null when the places are numbered in order. */
    private static Object set(PreparedStatement statement, int[] numbers, Method m, Object[] a) throws Throwable {
        if (m.getName().equals("setBoolean")) {
            m = SET_INT;
            a = new Object[] {a[0], Boolean.TRUE.equals(a[1]) ? 1 : 0};
        }
        if (numbers != null && m.getName().startsWith("set") && a != null && a.length >= 2
                && m.getParameterTypes()[0] == int.class) {
            int number = (Integer) a[0];
            Object[] at = a.clone();
            for (int place = 0; place < numbers.length; place++) {
                if (numbers[place] == number) {
                    at[0] = place + 1;
                    call(statement, m, at);
                }
            }
            return null;
        }
        if (m.getName().equals("unwrap") && ((Class<?>) a[0]).isInstance(statement)) {
            return statement;
        }
        return call(statement, m, a);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
