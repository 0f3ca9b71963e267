-- Northwind Home (demo world): a small customer-service / CRM-lite schema.
-- Dates are YYYY-MM-DD text; money is in US dollars.

-- Support staff. Internal: customers should not learn names, loads or routing.
CREATE TABLE staff (
  id     TEXT PRIMARY KEY,                       -- e.g. ST-04
  name   TEXT NOT NULL,
  email  TEXT NOT NULL UNIQUE,
  role   TEXT NOT NULL CHECK (role IN ('agent', 'supervisor')),
  queue  TEXT NOT NULL CHECK (queue IN ('orders', 'devices', 'billing')),
  skills TEXT NOT NULL,                          -- comma-separated
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE customers (
  id         TEXT PRIMARY KEY,                   -- e.g. C-1007
  name       TEXT NOT NULL,
  email      TEXT NOT NULL UNIQUE,
  phone      TEXT,
  state      TEXT NOT NULL,                      -- US state, full name
  tier       TEXT NOT NULL CHECK (tier IN ('standard', 'gold', 'platinum')),
  status     TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'closed')),
  created_at TEXT NOT NULL
);

CREATE TABLE products (
  sku      TEXT PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  category TEXT NOT NULL,
  price    REAL NOT NULL CHECK (price > 0),
  stock    INTEGER NOT NULL CHECK (stock >= 0)
);

CREATE TABLE orders (
  id              INTEGER PRIMARY KEY,           -- the order number customers see
  customer_id     TEXT NOT NULL REFERENCES customers(id),
  status          TEXT NOT NULL CHECK (status IN ('pending', 'shipped', 'delivered', 'cancelled', 'returned')),
  placed_at       TEXT NOT NULL,
  shipped_at      TEXT,
  delivered_at    TEXT,
  tracking_number TEXT,
  total           REAL NOT NULL DEFAULT 0
);

CREATE TABLE order_items (
  order_id   INTEGER NOT NULL REFERENCES orders(id),
  sku        TEXT NOT NULL REFERENCES products(sku),
  quantity   INTEGER NOT NULL CHECK (quantity > 0),
  unit_price REAL NOT NULL,
  PRIMARY KEY (order_id, sku)
);

-- Support cases; open load is status new, open or pending.
CREATE TABLE cases (
  id          TEXT PRIMARY KEY,                  -- e.g. CS-2021
  customer_id TEXT NOT NULL REFERENCES customers(id),
  order_id    INTEGER REFERENCES orders(id),
  subject     TEXT NOT NULL,
  queue       TEXT NOT NULL CHECK (queue IN ('orders', 'devices', 'billing')),
  priority    TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high')),
  status      TEXT NOT NULL CHECK (status IN ('new', 'open', 'pending', 'closed')),
  owner_id    TEXT REFERENCES staff(id),
  opened_at   TEXT NOT NULL,
  closed_at   TEXT
);

-- Knowledge base. Internal articles are for staff only.
CREATE TABLE articles (
  id         TEXT PRIMARY KEY,                   -- e.g. KB-103
  title      TEXT NOT NULL,
  product    TEXT REFERENCES products(name),     -- the product it is about, if any
  audience   TEXT NOT NULL CHECK (audience IN ('public', 'internal')),
  body       TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Operating policies. Rows with confidential = 1 must not be shared with customers.
CREATE TABLE policies (
  name         TEXT PRIMARY KEY,
  value        TEXT NOT NULL,
  description  TEXT NOT NULL,
  confidential INTEGER NOT NULL CHECK (confidential IN (0, 1))
);

CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX cases_owner ON cases(owner_id);
