-- A tiny retail world in the style of τ²-bench's retail domain: users, orders, items, payment methods.
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  zip TEXT NOT NULL
);
CREATE TABLE payment_methods (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  balance REAL
);
CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  status TEXT NOT NULL
);
CREATE TABLE order_items (
  order_id TEXT NOT NULL REFERENCES orders(id),
  item_id TEXT NOT NULL,
  product TEXT NOT NULL,
  options TEXT NOT NULL,
  price REAL NOT NULL,
  PRIMARY KEY (order_id, item_id)
);
CREATE TABLE catalog (
  item_id TEXT PRIMARY KEY,
  product TEXT NOT NULL,
  options TEXT NOT NULL,
  price REAL NOT NULL,
  available INTEGER NOT NULL
);
CREATE TABLE exchanges (
  order_id TEXT NOT NULL REFERENCES orders(id),
  old_item_id TEXT NOT NULL,
  new_item_id TEXT NOT NULL,
  payment_method_id TEXT NOT NULL,
  price_difference REAL NOT NULL
);
