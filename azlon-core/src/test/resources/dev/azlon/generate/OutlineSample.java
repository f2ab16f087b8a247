package com.example.shop;

import java.util.List;
import java.util.Map;
import static java.util.Objects.requireNonNull;

/** An order service, the way real projects write them. */
@Service
@RequiredArgsConstructor
public class OrderService implements Closeable {

  private static final int MAX_ITEMS = 100;
  private final Map<String, Order> orders =
      new HashMap<>();

  public OrderService(Repository repository) {
    this.repository = requireNonNull(repository);
  }

  @Transactional(readOnly = true)
  public <T extends Order> List<T> find(
      String customer,
      int limit) throws IOException {
    String text = "public void notAMethod(int x) { class Fake {} }";
    return List.of();
  }

  abstract void close();

  enum Status {
    OPEN,
    PAID;

    boolean done() {
      return this == PAID;
    }
  }

  record Line(String sku, int count) {}

  interface Listener {
    void changed(Order order);
  }
}
