package dev.pathway.access;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * Reads properties in the engine's SQL mappings as OGNL does (a read method, else the field), but
 * remembers which read method, if any, a class has for a property. OGNL, as MyBatis ships it,
 * remembers getters named {@code getX} only; for any other property (a Boolean {@code isX}, a field
 * without getter) it copies and scans all of the class's public methods again on every evaluation,
 * and the task query's conditions test dozens of such properties on every statement: at 1,000
 * implementations a twentieth of the server's time went there. A class's methods do not change
 * while it is loaded, so what was found holds.
 */
final class RememberedReadMethods extends ObjectPropertyAccessor {

  private static final RememberedReadMethods INSTANCE = new RememberedReadMethods();

  private final ClassValue<Map<String, Optional<Method>>> readMethods =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private RememberedReadMethods() {}

  /**
   * For every object MyBatis's OGNL has no more specific accessor for (maps, lists and arrays keep
   * theirs). Classes OGNL met before keep the accessor it chose for them then.
   */
  static void install() {
    OgnlRuntime.setPropertyAccessor(Object.class, INSTANCE);
  }

  @Override
  public Object getPossibleProperty(OgnlContext context, Object target, String name)
      throws OgnlException {
    if (target == null) {
      return super.getPossibleProperty(context, target, name);
    }
    Class<?> type = target.getClass();
    Optional<Method> read =
        readMethods.get(type).computeIfAbsent(name, property -> readMethod(type, property));
    try {
      if (read.isPresent()
          && context.getMemberAccess().isAccessible(context, target, read.get(), name)) {
        return OgnlRuntime.invokeMethod(target, read.get(), OgnlRuntime.NoArguments);
      }
      return OgnlRuntime.getFieldValue(context, target, name, true);
    } catch (InvocationTargetException e) {
      throw new OgnlException(name, e.getTargetException());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new OgnlException(name, e);
    }
  }

  /** The method OGNL's {@code getMethodValue} would call, found as it finds it. */
  private static Optional<Method> readMethod(Class<?> type, String property) {
    Method getter = OgnlRuntime.getGetMethod(type, property);
    return Optional.ofNullable(
        getter != null ? getter : OgnlRuntime.getReadMethod(type, property, null));
  }
}
