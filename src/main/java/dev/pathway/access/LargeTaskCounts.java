package dev.pathway.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Keeps task counts of at least {@link TaskCountProperties#cachedFrom()} for {@link
 * TaskCountProperties#timeToLive()} ({@link TaskCountProperties}). The key is the count's SQL with
 * its parameters (the filter's criteria, the user's groups and, where the authorization check runs,
 * the user): people with the same groups share a count, nobody sees a count made for other groups.
 * Only counts asked for by a person (Tasklist, the REST API) are kept; Pathway's own stay exact.
 * Time is the engine's clock.
 */
@Intercepts(
    @Signature(
        type = Executor.class,
        method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
final class LargeTaskCounts implements Interceptor {

  static final String COUNT_STATEMENT = "pathwaySelectTaskCountByQueryCriteria";
  private static final int MAX_COUNTS = 10_000;

  private final long cachedFrom;
  private final Cache<CacheKey, List<?>> counts;

  LargeTaskCounts(TaskCountProperties properties) {
    this.cachedFrom = properties.cachedFrom();
    this.counts =
        Caffeine.newBuilder()
            .maximumSize(MAX_COUNTS)
            .expireAfterWrite(properties.timeToLive())
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(ClockUtil.getCurrentTime().getTime()))
            .build();
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Object[] args = invocation.getArgs();
    MappedStatement statement = (MappedStatement) args[0];
    Object parameter = args[1];
    if (!statement.getId().endsWith(COUNT_STATEMENT) || !askedByAPerson(parameter)) {
      return invocation.proceed();
    }
    Executor executor = (Executor) invocation.getTarget();
    BoundSql sql = statement.getBoundSql(parameter);
    CacheKey key = executor.createCacheKey(statement, parameter, RowBounds.DEFAULT, sql);
    List<?> known = counts.getIfPresent(key);
    if (known != null) {
      return known;
    }
    List<?> counted =
        executor.query(
            statement, parameter, (RowBounds) args[2], (ResultHandler<?>) args[3], key, sql);
    if (counted.size() == 1
        && counted.get(0) instanceof Number count
        && count.longValue() >= cachedFrom) {
      counts.put(key, List.copyOf(counted));
    }
    return counted;
  }

  /** Counts Pathway makes for itself, without a user, stay exact. */
  private static boolean askedByAPerson(Object parameter) {
    return parameter instanceof TaskQueryImpl query
        && query.getAuthCheck() != null
        && query.getAuthCheck().getAuthUserId() != null;
  }
}
