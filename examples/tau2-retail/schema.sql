-- A slice of τ²-bench's retail domain: users, orders, items and product variants.
CREATE TABLE users (
  user_id TEXT PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  zip TEXT NOT NULL,
  email TEXT NOT NULL,
  payment_methods JSON NOT NULL            -- [{"id": …, "source": …}]
);
CREATE TABLE products (
  product_id TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE variants (
  item_id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES products(product_id),
  options JSON NOT NULL,                   -- {"switch type": "clicky", …}
  price REAL NOT NULL,
  available INTEGER NOT NULL CHECK (available IN (0, 1))
);
CREATE TABLE orders (
  order_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(user_id),
  status TEXT NOT NULL CHECK (status IN ('pending', 'processed', 'delivered', 'cancelled', 'exchange requested'))
);
CREATE TABLE order_items (
  order_id TEXT NOT NULL REFERENCES orders(order_id),
  item_id TEXT NOT NULL REFERENCES variants(item_id),
  PRIMARY KEY (order_id, item_id)
);
CREATE TABLE exchanges (
  order_id TEXT NOT NULL REFERENCES orders(order_id),
  item_id TEXT NOT NULL,
  new_item_id TEXT NOT NULL,
  payment_method_id TEXT NOT NULL,
  PRIMARY KEY (order_id, item_id)
);
-- τ²'s exchange_delivered_order_items checks, as triggers: each refusal is declared in world.yaml's errors:.
CREATE TRIGGER exchange_checks BEFORE INSERT ON exchanges
BEGIN
  SELECT RAISE(ABORT, 'order not delivered')
    WHERE (SELECT status FROM orders WHERE order_id = NEW.order_id) IS NOT 'delivered';
  SELECT RAISE(ABORT, 'item not in order')
    WHERE NOT EXISTS (SELECT 1 FROM order_items WHERE order_id = NEW.order_id AND item_id = NEW.item_id);
  SELECT RAISE(ABORT, 'new item not the same product or not available')
    WHERE NOT EXISTS (
      SELECT 1 FROM variants n JOIN variants o ON o.product_id = n.product_id
      WHERE n.item_id = NEW.new_item_id AND o.item_id = NEW.item_id AND n.available = 1 AND n.item_id != o.item_id);
  SELECT RAISE(ABORT, 'payment method not found')
    WHERE NOT EXISTS (
      SELECT 1 FROM orders o JOIN users u ON u.user_id = o.user_id, json_each(u.payment_methods) pm
      WHERE o.order_id = NEW.order_id AND json_extract(pm.value, '$.id') = NEW.payment_method_id);
END;
