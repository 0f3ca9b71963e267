INSERT INTO users VALUES
  ('yusuf_rossi_9620', 'Yusuf Rossi', 'yusuf.rossi7301@example.com', '19122'),
  ('mei_kovacs_8020', 'Mei Kovacs', 'mei.kovacs8232@example.com', '28236');
INSERT INTO payment_methods VALUES
  ('credit_card_9513926', 'yusuf_rossi_9620', 'credit_card', NULL),
  ('gift_card_2102745', 'yusuf_rossi_9620', 'gift_card', 80.0),
  ('paypal_7644869', 'mei_kovacs_8020', 'paypal', NULL);
INSERT INTO orders VALUES
  ('#W2378156', 'yusuf_rossi_9620', 'delivered'),
  ('#W4817420', 'yusuf_rossi_9620', 'pending'),
  ('#W6390527', 'mei_kovacs_8020', 'delivered');
INSERT INTO order_items VALUES
  ('#W2378156', '1151293680', 'Mechanical Keyboard', 'switch: linear; backlight: RGB', 272.33),
  ('#W2378156', '4983901480', 'Smart Thermostat', 'compatibility: Apple HomeKit', 262.47),
  ('#W4817420', '6777246137', 'Hiking Boots', 'size: 10; material: leather', 210.30),
  ('#W6390527', '8538875209', 'Desk Lamp', 'color: black; brightness: high', 153.23);
INSERT INTO catalog VALUES
  ('1151293680', 'Mechanical Keyboard', 'switch: linear; backlight: RGB', 272.33, 1),
  ('7706410293', 'Mechanical Keyboard', 'switch: clicky; backlight: none', 269.16, 1),
  ('6342039236', 'Mechanical Keyboard', 'switch: clicky; backlight: white', 244.91, 0),
  ('4983901480', 'Smart Thermostat', 'compatibility: Apple HomeKit', 262.47, 1),
  ('7747408585', 'Smart Thermostat', 'compatibility: Google Assistant', 249.01, 1),
  ('6777246137', 'Hiking Boots', 'size: 10; material: leather', 210.30, 1),
  ('8538875209', 'Desk Lamp', 'color: black; brightness: high', 153.23, 1);
