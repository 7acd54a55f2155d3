package org.shoetopia.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.CartService;
import org.shoetopia.api.CheckoutService;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.api.ListingService;
import org.shoetopia.api.OrderService;
import org.shoetopia.api.RatingService;
import org.shoetopia.api.ReturnService;
import org.shoetopia.api.SearchService;
import org.shoetopia.api.ShiftService;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.api.ShopService;
import org.shoetopia.api.StockReportService;
import org.shoetopia.api.StoredValueService;
import org.shoetopia.api.VerificationService;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.domain.UnavailableException;

/**
 * The API while it is still opening: the sign-in window is up at once and the database (migrated,
 * Hibernate booted) or the server connection comes up behind it. A call made before then waits for
 * it on the background thread that made it (screens never call the API on the FX thread); a call
 * after a failed opening gets the failure, as an unavailable error a screen can show.
 */
final class OpeningApi {
    private OpeningApi() {}

    static ShoetopiaApi over(CompletableFuture<ShoetopiaApi> opening) {
        return new ShoetopiaApi(
                later(AccountService.class, opening, ShoetopiaApi::accounts),
                later(ShopService.class, opening, ShoetopiaApi::shops),
                later(ListingService.class, opening, ShoetopiaApi::listings),
                later(SearchService.class, opening, ShoetopiaApi::search),
                later(CartService.class, opening, ShoetopiaApi::carts),
                later(CheckoutService.class, opening, ShoetopiaApi::checkout),
                later(OrderService.class, opening, ShoetopiaApi::orders),
                later(FlashSaleService.class, opening, ShoetopiaApi::flashSales),
                later(RatingService.class, opening, ShoetopiaApi::ratings),
                later(VerificationService.class, opening, ShoetopiaApi::verification),
                later(StoredValueService.class, opening, ShoetopiaApi::storedValue),
                later(ShiftService.class, opening, ShoetopiaApi::shifts),
                later(ReturnService.class, opening, ShoetopiaApi::returns),
                later(StockReportService.class, opening, ShoetopiaApi::stockReports));
    }

    private static <S> S later(
            Class<S> service, CompletableFuture<ShoetopiaApi> opening, Function<ShoetopiaApi, S> which) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(service, proxy, method, arguments);
            }
            S opened = which.apply(opened(opening));
            try {
                return method.invoke(opened, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause(); // the service's own exception, as a direct call would throw it
            }
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
    }

    private static ShoetopiaApi opened(CompletableFuture<ShoetopiaApi> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof ShoetopiaException readable) {
                throw readable;
            }
            throw new UnavailableException("Shoetopia could not open its database: " + cause.getMessage(), cause);
        }
    }

    private static Object objectMethod(Class<?> service, Object proxy, Method method, Object[] arguments) {
        return switch (method.getName()) {
            case "equals" -> proxy == arguments[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> service.getSimpleName() + " (opening)";
        };
    }
}
