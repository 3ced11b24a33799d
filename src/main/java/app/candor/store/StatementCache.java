package app.candor.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the statements a connection prepared, so that work repeated for every prospect of an import (the derived
 * columns, the alert schedule) compiles its SQL once instead of once a prospect: SQLite's JDBC driver keeps none,
 * and compiling an UPDATE on a table with partial indexes costs more than running it.
 *
 * <p>The connection it hands out is the one the repositories use as before: {@code prepareStatement(sql)} returns
 * an idle statement for the same text when there is one, and {@code close()} on that statement closes its result,
 * clears its parameters and keeps it for the next caller. A statement in use is never handed out twice (a nested
 * caller gets its own). Only the connection's owner (the {@link Database} under its lock) uses it, from one thread
 * at a time. At most {@link #LIMIT} idle statements are kept; the least recently used beyond that are closed.
 */
final class StatementCache implements InvocationHandler {

    static final int LIMIT = 256;

    private final Connection raw;
    private final Connection outer;
    /** Idle statements by SQL text, least recently used first. */
    private final LinkedHashMap<String, ArrayDeque<PreparedStatement>> idle = new LinkedHashMap<>(64, 0.75f, true);
    private int idleCount;
    private boolean closed;

    private StatementCache(Connection raw) {
        this.raw = raw;
        this.outer = (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, this);
    }

    /** The connection to hand to repositories: {@code raw} with its prepared statements kept. */
    static Connection over(Connection raw) {
        return new StatementCache(raw).outer;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "prepareStatement":
                if (args.length == 1) {
                    return prepare((String) args[0]);
                }
                break;
            case "close":
                closeAll();
                break;
            case "isWrapperFor":
                return ((Class<?>) args[0]).isInstance(raw) || raw.isWrapperFor((Class<?>) args[0]);
            case "unwrap":
                return ((Class<?>) args[0]).isInstance(raw) ? raw : raw.unwrap((Class<?>) args[0]);
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "kept statements over " + raw;
            default:
                break;
        }
        return call(raw, method, args);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        ArrayDeque<PreparedStatement> kept = idle.get(sql);
        PreparedStatement statement = kept == null ? null : kept.pollFirst();
        if (statement != null) {
            idleCount--;
        } else {
            statement = raw.prepareStatement(sql);
        }
        Lent lent = new Lent(sql, statement);
        lent.proxy = (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, lent);
        return lent.proxy;
    }

    /** Takes back a statement its caller closed; closes it instead once the connection is closed or the cache full. */
    private void giveBack(String sql, PreparedStatement statement) throws SQLException {
        if (closed) {
            statement.close();
            return;
        }
        idle.computeIfAbsent(sql, k -> new ArrayDeque<>(1)).addFirst(statement);
        idleCount++;
        Iterator<Map.Entry<String, ArrayDeque<PreparedStatement>>> eldest = idle.entrySet().iterator();
        while (idleCount > LIMIT && eldest.hasNext()) {
            ArrayDeque<PreparedStatement> statements = eldest.next().getValue();
            while (!statements.isEmpty() && idleCount > LIMIT) {
                statements.pollLast().close();
                idleCount--;
            }
            if (statements.isEmpty()) {
                eldest.remove();
            }
        }
    }

    private void closeAll() throws SQLException {
        closed = true;
        SQLException first = null;
        for (ArrayDeque<PreparedStatement> statements : idle.values()) {
            for (PreparedStatement s : statements) {
                try {
                    s.close();
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
        }
        idle.clear();
        idleCount = 0;
        if (first != null) {
            throw first;
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One statement while a caller holds it. */
    private final class Lent implements InvocationHandler {
        private final String sql;
        private final PreparedStatement statement;
        private PreparedStatement proxy;
        private ResultSet result;
        private boolean returned;

        Lent(String sql, PreparedStatement statement) {
            this.sql = sql;
            this.statement = statement;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "close":
                    if (!returned) {
                        returned = true;
                        release();
                    }
                    return null;
                case "isClosed":
                    return returned || statement.isClosed();
                case "getConnection":
                    return outer;
                case "equals":
                    return self == args[0];
                case "hashCode":
                    return System.identityHashCode(self);
                case "toString":
                    return sql;
                default:
                    break;
            }
            if (returned) {
                throw new SQLException("The statement is closed: " + sql);
            }
            Object value = call(statement, method, args);
            if (value instanceof ResultSet rs) {
                result = rs;
            }
            return value;
        }

        private void release() throws SQLException {
            try {
                if (result != null && !result.isClosed()) {
                    result.close();
                }
                statement.clearParameters();
                statement.clearBatch();
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
            giveBack(sql, statement);
        }
    }
}
