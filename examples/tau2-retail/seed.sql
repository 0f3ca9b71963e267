INSERT INTO users VALUES
  ('yusuf_rossi_9620', 'Yusuf', 'Rossi', '19122', 'yusuf.rossi7301@example.com',
   '[{"id": "credit_card_9513926", "source": "credit_card", "brand": "mastercard", "last_four": "2478"}]'),
  ('mei_kovacs_8020', 'Mei', 'Kovacs', '28236', 'mei.kovacs8232@example.com',
   '[{"id": "paypal_7644869", "source": "paypal"}]');
INSERT INTO products VALUES
  ('1656367028', 'Mechanical Keyboard'),
  ('4896585277', 'Smart Thermostat'),
  ('8310926033', 'Water Bottle');
INSERT INTO variants VALUES
  ('1151293680', '1656367028', '{"switch type": "linear", "backlight": "RGB", "size": "full size"}', 272.33, 1),
  ('7706410293', '1656367028', '{"switch type": "clicky", "backlight": "none", "size": "full size"}', 269.16, 1),
  ('9025753381', '1656367028', '{"switch type": "clicky", "backlight": "RGB", "size": "full size"}', 231.58, 0),
  ('6342039236', '1656367028', '{"switch type": "clicky", "backlight": "white", "size": "80%"}', 244.91, 1),
  ('4983901480', '4896585277', '{"compatibility": "Apple HomeKit", "color": "black"}', 262.47, 1),
  ('7747408585', '4896585277', '{"compatibility": "Google Assistant", "color": "black"}', 249.01, 1),
  ('7082455361', '4896585277', '{"compatibility": "Google Assistant", "color": "white"}', 233.79, 0),
  ('1434748144', '8310926033', '{"capacity": "1000ml", "color": "red"}', 49.72, 1);
INSERT INTO orders VALUES
  ('#W2378156', 'yusuf_rossi_9620', 'delivered'),
  ('#W4776164', 'yusuf_rossi_9620', 'processed'),
  ('#W6247578', 'mei_kovacs_8020', 'delivered');
INSERT INTO order_items VALUES
  ('#W2378156', '1151293680'), ('#W2378156', '4983901480'), ('#W2378156', '1434748144'),
  ('#W4776164', '6342039236'),
  ('#W6247578', '7747408585');
