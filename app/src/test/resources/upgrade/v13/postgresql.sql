-- Shoetopia upgrade fixture: the data of a PostgreSQL database at schema version 13.
-- Load it into an empty database migrated to that version (Flyway target 13), e.g. with psql.
SET session_replication_role = replica;

DELETE FROM public.accounts;
COPY public.accounts (id, name, email, password_hash, is_admin, failed_logins, locked_until, created_at) FROM stdin;
1	Owner 1	user1@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-03-04 21:10:00+00
2	Owner 2	user2@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-26 17:57:00+00
3	Owner 3	user3@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-05-03 19:12:00+00
4	Owner 4	user4@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-12-19 05:16:00+00
5	Owner 5	user5@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-23 16:30:00+00
6	Owner 6	user6@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-25 14:35:00+00
7	Owner 7	user7@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-10-03 02:55:00+00
8	Owner 8	user8@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-04-15 23:22:00+00
9	Owner 9	user9@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-20 22:41:00+00
10	Owner 10	user10@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-14 09:07:00+00
11	Owner 11	user11@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-10 02:58:00+00
12	Owner 12	user12@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-05 22:58:00+00
13	Owner 13	user13@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-01-26 13:24:00+00
14	Owner 14	user14@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-12 01:48:00+00
15	Owner 15	user15@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-03-11 04:04:00+00
16	Owner 16	user16@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-28 23:28:00+00
17	Owner 17	user17@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-14 04:24:00+00
18	Owner 18	user18@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-08 06:30:00+00
19	Owner 19	user19@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-01-27 18:17:00+00
20	Owner 20	user20@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-02 16:31:00+00
21	Owner 21	user21@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-01 12:40:00+00
22	Owner 22	user22@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-12-19 22:17:00+00
23	Owner 23	user23@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-06 23:34:00+00
24	Owner 24	user24@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-29 11:27:00+00
25	Owner 25	user25@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-20 08:37:00+00
26	Owner 26	user26@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-26 16:39:00+00
27	Owner 27	user27@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-05-30 04:50:00+00
28	Owner 28	user28@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-03-20 05:02:00+00
29	Owner 29	user29@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-08 12:53:00+00
30	Owner 30	user30@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-24 19:54:00+00
31	Owner 31	user31@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-15 15:50:00+00
32	Owner 32	user32@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-08-02 03:24:00+00
33	Owner 33	user33@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-10-09 10:10:00+00
34	Owner 34	user34@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-09 05:55:00+00
35	Owner 35	user35@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-14 21:43:00+00
36	Owner 36	user36@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-13 15:13:00+00
37	Owner 37	user37@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-03-11 11:48:00+00
38	Owner 38	user38@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-08-10 15:47:00+00
39	Owner 39	user39@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-27 06:47:00+00
40	Owner 40	user40@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-08-17 16:36:00+00
41	Owner 41	user41@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-04-09 23:01:00+00
42	Owner 42	user42@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-20 13:35:00+00
43	Owner 43	user43@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-10 09:37:00+00
44	Owner 44	user44@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-10-21 10:23:00+00
45	Owner 45	user45@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-12-25 16:25:00+00
46	Owner 46	user46@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-05-26 19:06:00+00
47	Owner 47	user47@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-04-01 07:53:00+00
48	Owner 48	user48@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-12 12:25:00+00
49	Owner 49	user49@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-20 05:23:00+00
50	Owner 50	user50@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-21 23:17:00+00
51	Customer 51	user51@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-15 14:47:00+00
52	Customer 52	user52@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-07 12:40:00+00
53	Customer 53	user53@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-02 07:22:00+00
54	Customer 54	user54@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-08-15 04:44:00+00
55	Customer 55	user55@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-04-04 16:40:00+00
56	Customer 56	user56@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-08 07:50:00+00
57	Customer 57	user57@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-22 04:47:00+00
58	Customer 58	user58@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-04-19 21:41:00+00
59	Customer 59	user59@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-01-06 23:39:00+00
60	Customer 60	user60@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-01-31 07:57:00+00
61	Customer 61	user61@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-04-25 20:23:00+00
62	Customer 62	user62@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-09 05:01:00+00
63	Customer 63	user63@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-03-11 19:28:00+00
64	Customer 64	user64@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-26 21:59:00+00
65	Customer 65	user65@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-12-02 09:46:00+00
66	Customer 66	user66@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-03-10 02:46:00+00
67	Customer 67	user67@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-28 09:22:00+00
68	Customer 68	user68@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-08-29 12:41:00+00
69	Customer 69	user69@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-08-25 07:45:00+00
70	Customer 70	user70@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-08-29 16:21:00+00
71	Customer 71	user71@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-08 14:50:00+00
72	Customer 72	user72@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-09 20:19:00+00
73	Customer 73	user73@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-30 11:47:00+00
74	Customer 74	user74@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-04-13 06:11:00+00
75	Customer 75	user75@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-27 21:47:00+00
76	Customer 76	user76@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-01-04 07:07:00+00
77	Customer 77	user77@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-05-04 19:34:00+00
78	Customer 78	user78@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-04-06 00:20:00+00
79	Customer 79	user79@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-15 10:55:00+00
80	Customer 80	user80@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-16 02:27:00+00
81	Customer 81	user81@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-07 10:00:00+00
82	Customer 82	user82@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-01-15 15:26:00+00
83	Customer 83	user83@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-31 20:37:00+00
84	Customer 84	user84@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-20 08:58:00+00
85	Customer 85	user85@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-10-02 21:53:00+00
86	Customer 86	user86@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-01-03 23:27:00+00
87	Customer 87	user87@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-11-05 00:51:00+00
88	Customer 88	user88@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-25 07:36:00+00
89	Customer 89	user89@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-15 21:22:00+00
90	Customer 90	user90@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-07-14 10:41:00+00
91	Customer 91	user91@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-06-25 05:33:00+00
92	Customer 92	user92@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-27 18:24:00+00
93	Customer 93	user93@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-03-03 11:57:00+00
94	Customer 94	user94@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2025-12-11 03:45:00+00
95	Customer 95	user95@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-05-13 14:01:00+00
96	Customer 96	user96@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-05-01 00:57:00+00
97	Customer 97	user97@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-10-31 18:51:00+00
98	Customer 98	user98@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-03-28 04:24:00+00
99	Customer 99	user99@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-09-25 22:04:00+00
100	Customer 100	user100@generated.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$/cavEOkMfaCJR02NN23MQA$duFF2alNgOHTerDroOy0LD0Lrj0HynxiiJQJA2C54yY	f	0	\N	2026-02-28 00:32:00+00
101	Morgan Reyes	owner@demo.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$dOGSpULCJPmiNxf4ZrD9AQ$GdW5yPecBGKDOZOPsSnDR24RaPWl/b4r3n2DeuqLPOk	f	0	\N	2026-12-01 16:57:16.087863+00
102	Sam Okafor	cashier@demo.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$W/hAsmIRhTtSM6sTDiuYKw$ALPm5SAy0aFIFy5zQliNGeNzGmvJZBxvKNpsAJ/hdYo	f	0	\N	2026-12-01 16:57:16.252972+00
103	Priya Shah	priya.shah@demo.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$FFfc0ZTtGWTMB3YbgrTJDg$LXWWq+a1odUqDMgNcstzKOUyP457Zjy7dgw4lBHXTMY	f	0	\N	2026-12-01 16:57:16.957181+00
104	Jonas Berg	jonas.berg@demo.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$ZeCMQFut5Jp+w91dFLSCtg$27LgHnn7NACwWJp9IRKEGhJlZR4unb2wRYOzkyZS6z0	f	0	\N	2026-12-01 16:57:17.152459+00
105	Lea Martin	lea.martin@demo.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$wxU8FhwVsV772PH5hk60uA$6KPz/HgAKL56Nowjo1JlfD9NW+kosaS1PWppKFYoZFQ	f	0	\N	2026-12-01 16:57:17.228951+00
106	Tom Akers	tom.akers@demo.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$fSAkA/prJFElud44T9TN1g$eFGdkxRhdMedxms3YvVGttyx6PhF0DC3n1ENHEvjJr8	f	0	\N	2026-12-01 16:57:17.282976+00
107	Ana Costa	ana.costa@demo.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$1idLCHoZcYFA2L4WHN+Zmw$YHjshQ7pnlHdzB+riIjrwoUVaYQlpOyHsgr8usQn5CY	f	0	\N	2026-12-01 16:57:17.353817+00
108	Kenji Ito	kenji.ito@demo.shoetopia.app	$argon2id$v=19$m=19456,t=2,p=1$wLb+MRP5rqJSZQfCRaOgvw$Hw5+elfsjRDrXS88/qTeaS7ChUtgFY/dGqRnXYStnPw	f	0	\N	2026-12-01 16:57:17.443952+00
\.

DELETE FROM public.audit_trail;
COPY public.audit_trail (id, kind, tag, actor_id, shop_id, created_at) FROM stdin;
1	account.signup	account 101	101	\N	2026-12-01 16:57:16.089065+00
2	shop.created	shop 51 Sole Street Shoes	101	51	2026-12-01 16:57:16.18034+00
3	account.signup	account 102	102	\N	2026-12-01 16:57:16.253692+00
4	staff.added	account 102	101	51	2026-12-01 16:57:16.579651+00
5	listing.created	listing 101 shoe 5761	101	51	2026-12-01 16:57:16.595197+00
6	listing.created	listing 102 shoe 5762	101	51	2026-12-01 16:57:16.829619+00
7	listing.created	listing 103 shoe 5763	101	51	2026-12-01 16:57:16.844545+00
8	listing.created	listing 104 shoe 5764	101	51	2026-12-01 16:57:16.856091+00
9	listing.created	listing 105 shoe 5765	101	51	2026-12-01 16:57:16.862932+00
10	listing.created	listing 106 shoe 5766	101	51	2026-12-01 16:57:16.869424+00
11	listing.created	listing 107 shoe 5767	101	51	2026-12-01 16:57:16.875672+00
12	listing.created	listing 108 shoe 5768	101	51	2026-12-01 16:57:16.881768+00
13	listing.created	listing 109 shoe 5769	101	51	2026-12-01 16:57:16.887128+00
14	listing.created	listing 110 shoe 5770	101	51	2026-12-01 16:57:16.893598+00
15	listing.created	listing 111 shoe 5771	101	51	2026-12-01 16:57:16.899636+00
16	listing.created	listing 112 shoe 5772	101	51	2026-12-01 16:57:16.904364+00
17	listing.created	listing 113 shoe 5773	101	51	2026-12-01 16:57:16.9092+00
18	listing.created	listing 114 shoe 5774	101	51	2026-12-01 16:57:16.917086+00
19	account.signup	account 103	103	\N	2026-12-01 16:57:16.957676+00
20	cart.line_set	cart 26 listing 101 x1	103	\N	2026-12-01 16:57:16.972034+00
21	cart.line_set	cart 26 listing 103 x1	103	\N	2026-12-01 16:57:16.977719+00
22	checkout	order 100026	103	51	2026-12-01 16:57:17.093655+00
23	rating	3 stars	103	51	2026-12-01 16:57:17.121499+00
24	account.signup	account 104	104	\N	2026-12-01 16:57:17.153014+00
25	cart.line_set	cart 28 listing 102 x1	104	\N	2026-12-01 16:57:17.15692+00
26	cart.line_set	cart 28 listing 108 x1	104	\N	2026-12-01 16:57:17.16063+00
27	checkout	order 100027	104	51	2026-12-01 16:57:17.167017+00
28	rating	4 stars	104	51	2026-12-01 16:57:17.179626+00
29	account.signup	account 105	105	\N	2026-12-01 16:57:17.229562+00
30	cart.line_set	cart 30 listing 103 x1	105	\N	2026-12-01 16:57:17.233032+00
31	cart.line_set	cart 30 listing 113 x1	105	\N	2026-12-01 16:57:17.235995+00
32	checkout	order 100028	105	51	2026-12-01 16:57:17.241739+00
33	rating	5 stars	105	51	2026-12-01 16:57:17.252195+00
34	account.signup	account 106	106	\N	2026-12-01 16:57:17.283468+00
35	cart.line_set	cart 32 listing 104 x1	106	\N	2026-12-01 16:57:17.286431+00
36	cart.line_set	cart 32 listing 104 x2	106	\N	2026-12-01 16:57:17.288966+00
37	checkout	order 100029	106	51	2026-12-01 16:57:17.293735+00
38	rating	3 stars	106	51	2026-12-01 16:57:17.302328+00
39	account.signup	account 107	107	\N	2026-12-01 16:57:17.354303+00
40	cart.line_set	cart 34 listing 105 x1	107	\N	2026-12-01 16:57:17.357175+00
41	cart.line_set	cart 34 listing 109 x1	107	\N	2026-12-01 16:57:17.359335+00
42	checkout	order 100030	107	51	2026-12-01 16:57:17.364833+00
43	rating	4 stars	107	51	2026-12-01 16:57:17.379413+00
44	account.signup	account 108	108	\N	2026-12-01 16:57:17.444338+00
45	cart.line_set	cart 36 listing 106 x1	108	\N	2026-12-01 16:57:17.448274+00
46	cart.line_set	cart 36 listing 114 x1	108	\N	2026-12-01 16:57:17.450811+00
47	checkout	order 100031	108	51	2026-12-01 16:57:17.456205+00
48	rating	5 stars	108	51	2026-12-01 16:57:17.474705+00
49	flash_sale.started	sale 2: 10 units at 20% off	101	51	2026-12-01 16:57:17.480464+00
\.

DELETE FROM public.balance_ledger;
COPY public.balance_ledger (id, shop_id, amount_cents, reason, order_id, actor_id, created_at) FROM stdin;
1	21	46598	sale	1	72	2026-09-30 11:45:00+00
2	16	15600	sale	1	72	2026-09-30 11:45:00+00
3	20	3199	sale	2	54	2026-10-09 18:53:00+00
4	4	24200	sale	2	54	2026-10-09 18:53:00+00
5	31	39600	sale	2	54	2026-10-09 18:53:00+00
6	8	6799	sale	3	64	2026-09-17 13:48:00+00
7	28	40800	sale	3	64	2026-09-17 13:48:00+00
8	33	18000	sale	4	81	2026-10-10 13:02:00+00
9	48	36198	sale	4	81	2026-10-10 13:02:00+00
10	32	16500	sale	5	72	2026-09-13 21:19:00+00
11	16	29398	sale	5	72	2026-09-13 21:19:00+00
12	49	19299	sale	5	72	2026-09-13 21:19:00+00
13	16	14699	sale	6	53	2026-09-16 18:54:00+00
14	25	45798	sale	6	53	2026-09-16 18:54:00+00
15	43	19400	sale	7	57	2026-10-11 17:06:00+00
16	16	40200	sale	8	69	2026-10-15 18:23:00+00
17	32	23798	sale	8	69	2026-10-15 18:23:00+00
18	16	36000	sale	8	69	2026-10-15 18:23:00+00
19	40	6099	sale	9	97	2026-10-23 04:19:00+00
20	1	11499	sale	10	75	2026-10-13 11:17:00+00
21	19	22000	sale	11	93	2026-09-24 13:27:00+00
22	22	11798	sale	12	98	2026-09-17 21:50:00+00
23	40	17099	sale	13	84	2026-10-01 17:22:00+00
24	8	13598	sale	13	84	2026-10-01 17:22:00+00
25	18	21200	sale	13	84	2026-10-01 17:22:00+00
26	45	47600	sale	14	81	2026-10-10 01:26:00+00
27	2	20200	sale	14	81	2026-10-10 01:26:00+00
28	32	18099	sale	15	55	2026-09-16 08:05:00+00
29	18	23000	sale	16	76	2026-10-14 14:03:00+00
30	33	52598	sale	16	76	2026-10-14 14:03:00+00
31	9	6600	sale	16	76	2026-10-14 14:03:00+00
32	16	40200	sale	17	89	2026-10-01 18:46:00+00
33	46	53798	sale	18	90	2026-09-03 18:39:00+00
34	33	18000	sale	18	90	2026-09-03 18:39:00+00
35	9	41998	sale	18	90	2026-09-03 18:39:00+00
36	13	59800	sale	19	74	2026-10-04 22:58:00+00
37	42	13600	sale	19	74	2026-10-04 22:58:00+00
38	2	40400	sale	19	74	2026-10-04 22:58:00+00
39	29	9200	sale	20	71	2026-09-26 22:49:00+00
40	49	4600	sale	20	71	2026-09-26 22:49:00+00
41	42	6800	sale	21	67	2026-10-27 07:16:00+00
42	14	17100	sale	22	56	2026-10-22 10:35:00+00
43	18	24300	sale	23	52	2026-09-16 05:39:00+00
44	10	19999	sale	23	52	2026-09-16 05:39:00+00
45	13	29900	sale	23	52	2026-09-16 05:39:00+00
46	18	10999	sale	24	71	2026-09-03 16:50:00+00
47	25	34198	sale	24	71	2026-09-03 16:50:00+00
48	21	8798	sale	25	58	2026-10-31 15:29:00+00
49	51	12999	sale	26	103	2026-12-01 16:57:17.093655+00
50	51	9995	sale	26	103	2026-12-01 16:57:17.093655+00
51	51	10999	sale	27	104	2026-12-01 16:57:17.167017+00
52	51	16900	sale	27	104	2026-12-01 16:57:17.167017+00
53	51	9995	sale	28	105	2026-12-01 16:57:17.241739+00
54	51	6999	sale	28	105	2026-12-01 16:57:17.241739+00
55	51	18900	sale	29	106	2026-12-01 16:57:17.293735+00
56	51	19999	sale	30	107	2026-12-01 16:57:17.364833+00
57	51	7400	sale	30	107	2026-12-01 16:57:17.364833+00
58	51	5999	sale	31	108	2026-12-01 16:57:17.456205+00
59	51	19800	sale	31	108	2026-12-01 16:57:17.456205+00
\.

DELETE FROM public.cart_lines;
COPY public.cart_lines (cart_id, listing_id, quantity) FROM stdin;
1	60	2
1	27	1
2	82	1
2	59	1
2	53	2
3	37	1
3	95	2
4	99	1
4	83	2
5	80	1
5	78	2
5	39	1
6	78	1
6	52	2
7	31	1
8	84	2
8	9	2
8	2	2
9	1	1
10	11	1
11	49	2
12	25	2
13	90	1
13	37	2
13	64	2
14	71	2
14	98	1
15	46	1
16	54	1
16	67	2
16	91	1
17	84	2
18	48	2
18	99	1
18	62	2
19	68	2
19	69	2
19	98	2
20	38	1
20	50	1
21	69	1
22	14	1
23	56	1
23	73	1
23	68	1
24	26	1
24	77	2
25	57	2
26	101	1
26	103	1
28	102	1
28	108	1
30	103	1
30	113	1
32	104	2
34	105	1
34	109	1
36	106	1
36	114	1
\.

DELETE FROM public.carts;
COPY public.carts (id, owner_id, open_owner_id, customer_id, created_at, checked_out_at, revision, shop_id) FROM stdin;
1	72	\N	72	2026-09-30 11:45:00+00	2026-09-30 11:45:00+00	0	\N
2	54	\N	54	2026-10-09 18:53:00+00	2026-10-09 18:53:00+00	0	\N
3	64	\N	64	2026-09-17 13:48:00+00	2026-09-17 13:48:00+00	0	\N
4	81	\N	81	2026-10-10 13:02:00+00	2026-10-10 13:02:00+00	0	\N
5	72	\N	72	2026-09-13 21:19:00+00	2026-09-13 21:19:00+00	0	\N
6	53	\N	53	2026-09-16 18:54:00+00	2026-09-16 18:54:00+00	0	\N
7	57	\N	57	2026-10-11 17:06:00+00	2026-10-11 17:06:00+00	0	\N
8	69	\N	69	2026-10-15 18:23:00+00	2026-10-15 18:23:00+00	0	\N
9	97	\N	97	2026-10-23 04:19:00+00	2026-10-23 04:19:00+00	0	\N
10	75	\N	75	2026-10-13 11:17:00+00	2026-10-13 11:17:00+00	0	\N
11	93	\N	93	2026-09-24 13:27:00+00	2026-09-24 13:27:00+00	0	\N
12	98	\N	98	2026-09-17 21:50:00+00	2026-09-17 21:50:00+00	0	\N
13	84	\N	84	2026-10-01 17:22:00+00	2026-10-01 17:22:00+00	0	\N
14	81	\N	81	2026-10-10 01:26:00+00	2026-10-10 01:26:00+00	0	\N
15	55	\N	55	2026-09-16 08:05:00+00	2026-09-16 08:05:00+00	0	\N
16	76	\N	76	2026-10-14 14:03:00+00	2026-10-14 14:03:00+00	0	\N
17	89	\N	89	2026-10-01 18:46:00+00	2026-10-01 18:46:00+00	0	\N
18	90	\N	90	2026-09-03 18:39:00+00	2026-09-03 18:39:00+00	0	\N
19	74	\N	74	2026-10-04 22:58:00+00	2026-10-04 22:58:00+00	0	\N
20	71	\N	71	2026-09-26 22:49:00+00	2026-09-26 22:49:00+00	0	\N
21	67	\N	67	2026-10-27 07:16:00+00	2026-10-27 07:16:00+00	0	\N
22	56	\N	56	2026-10-22 10:35:00+00	2026-10-22 10:35:00+00	0	\N
23	52	\N	52	2026-09-16 05:39:00+00	2026-09-16 05:39:00+00	0	\N
24	71	\N	71	2026-09-03 16:50:00+00	2026-09-03 16:50:00+00	0	\N
25	58	\N	58	2026-10-31 15:29:00+00	2026-10-31 15:29:00+00	0	\N
26	103	\N	\N	2026-12-01 16:57:16.961515+00	2026-12-01 16:57:17.093655+00	1	\N
28	104	\N	\N	2026-12-01 16:57:17.15469+00	2026-12-01 16:57:17.167017+00	1	\N
30	105	\N	\N	2026-12-01 16:57:17.231153+00	2026-12-01 16:57:17.241739+00	1	\N
32	106	\N	\N	2026-12-01 16:57:17.284877+00	2026-12-01 16:57:17.293735+00	1	\N
34	107	\N	\N	2026-12-01 16:57:17.355625+00	2026-12-01 16:57:17.364833+00	1	\N
36	108	\N	\N	2026-12-01 16:57:17.446341+00	2026-12-01 16:57:17.456205+00	1	\N
\.

DELETE FROM public.flash_sale_slots;
COPY public.flash_sale_slots (sale_id, slot, units_left) FROM stdin;
1	1	6
1	2	6
1	3	6
1	4	6
1	5	6
1	6	6
1	7	6
1	8	6
1	9	5
1	10	5
1	11	5
1	12	5
1	13	5
1	14	5
1	15	5
1	16	5
2	1	1
2	2	1
2	3	1
2	4	1
2	5	1
2	6	1
2	7	1
2	8	1
2	9	1
2	10	1
\.

DELETE FROM public.flash_sales;
COPY public.flash_sales (id, shop_id, active_shop_id, percent_off, units_total, started_by, started_at, ended_at, slot_count, units_withdrawn) FROM stdin;
1	33	33	13	88	33	2026-11-01 12:00:00+00	\N	16	0
2	51	51	20	10	101	2026-12-01 16:57:17.480464+00	\N	16	0
\.

DELETE FROM public.inventory_ledger;
COPY public.inventory_ledger (id, listing_id, delta, reason, note, order_id, actor_id, created_at) FROM stdin;
1	1	10	listed	\N	\N	40	2026-08-24 12:00:00+00
2	2	14	listed	\N	\N	16	2026-06-11 12:00:00+00
3	3	13	listed	\N	\N	1	2026-07-15 12:00:00+00
4	4	3	listed	\N	\N	37	2026-09-21 12:00:00+00
5	5	22	listed	\N	\N	4	2026-01-11 12:00:00+00
6	6	14	listed	\N	\N	43	2026-10-08 12:00:00+00
7	7	7	listed	\N	\N	30	2026-03-14 12:00:00+00
8	8	15	listed	\N	\N	7	2026-01-09 12:00:00+00
9	9	3	listed	\N	\N	32	2026-04-21 12:00:00+00
10	10	21	listed	\N	\N	3	2026-08-01 12:00:00+00
11	11	24	listed	\N	\N	1	2026-05-09 12:00:00+00
12	12	3	listed	\N	\N	44	2026-05-07 12:00:00+00
13	13	21	listed	\N	\N	43	2026-01-17 12:00:00+00
14	14	1	listed	\N	\N	14	2026-01-12 12:00:00+00
15	15	10	listed	\N	\N	39	2026-05-16 12:00:00+00
16	16	17	listed	\N	\N	30	2026-09-08 12:00:00+00
17	17	3	listed	\N	\N	49	2026-07-22 12:00:00+00
18	18	8	listed	\N	\N	48	2026-03-08 12:00:00+00
19	19	9	listed	\N	\N	10	2026-08-19 12:00:00+00
20	20	17	listed	\N	\N	8	2026-05-05 12:00:00+00
21	21	16	listed	\N	\N	49	2026-02-07 12:00:00+00
22	22	23	listed	\N	\N	41	2026-10-19 12:00:00+00
23	23	24	listed	\N	\N	4	2026-10-09 12:00:00+00
24	24	25	listed	\N	\N	5	2026-01-31 12:00:00+00
25	25	14	listed	\N	\N	22	2026-09-28 12:00:00+00
26	26	24	listed	\N	\N	18	2026-02-10 12:00:00+00
27	27	16	listed	\N	\N	16	2026-07-13 12:00:00+00
28	28	12	listed	\N	\N	11	2026-02-26 12:00:00+00
29	29	19	listed	\N	\N	37	2026-04-28 12:00:00+00
30	30	24	listed	\N	\N	12	2026-01-17 12:00:00+00
31	31	16	listed	\N	\N	43	2026-09-13 12:00:00+00
32	32	21	listed	\N	\N	17	2026-04-21 12:00:00+00
33	33	3	listed	\N	\N	34	2026-06-11 12:00:00+00
34	34	15	listed	\N	\N	33	2026-03-03 12:00:00+00
35	35	24	listed	\N	\N	29	2026-10-03 12:00:00+00
36	36	19	listed	\N	\N	24	2026-04-16 12:00:00+00
37	37	4	listed	\N	\N	8	2026-06-17 12:00:00+00
38	38	19	listed	\N	\N	29	2026-09-03 12:00:00+00
39	39	8	listed	\N	\N	49	2026-05-26 12:00:00+00
40	40	2	listed	\N	\N	11	2026-08-09 12:00:00+00
41	41	6	listed	\N	\N	7	2026-05-18 12:00:00+00
42	42	12	listed	\N	\N	6	2026-04-04 12:00:00+00
43	43	19	listed	\N	\N	22	2026-04-16 12:00:00+00
44	44	11	listed	\N	\N	12	2026-04-28 12:00:00+00
45	45	14	listed	\N	\N	19	2026-01-18 12:00:00+00
46	46	21	listed	\N	\N	32	2026-05-26 12:00:00+00
47	47	22	listed	\N	\N	5	2026-01-24 12:00:00+00
48	48	19	listed	\N	\N	46	2026-08-13 12:00:00+00
49	49	16	listed	\N	\N	19	2026-10-19 12:00:00+00
50	50	6	listed	\N	\N	49	2026-08-05 12:00:00+00
51	51	7	listed	\N	\N	5	2026-05-24 12:00:00+00
52	52	25	listed	\N	\N	25	2026-06-01 12:00:00+00
53	53	10	listed	\N	\N	31	2026-09-07 12:00:00+00
54	54	10	listed	\N	\N	18	2026-02-25 12:00:00+00
55	55	6	listed	\N	\N	50	2026-08-27 12:00:00+00
56	56	8	listed	\N	\N	18	2026-07-19 12:00:00+00
57	57	17	listed	\N	\N	21	2026-04-12 12:00:00+00
58	58	6	listed	\N	\N	27	2026-07-18 12:00:00+00
59	59	6	listed	\N	\N	4	2026-03-25 12:00:00+00
60	60	10	listed	\N	\N	21	2026-03-05 12:00:00+00
61	61	17	listed	\N	\N	23	2026-10-04 12:00:00+00
62	62	11	listed	\N	\N	9	2026-08-02 12:00:00+00
63	63	4	listed	\N	\N	14	2026-06-10 12:00:00+00
64	64	18	listed	\N	\N	18	2026-06-25 12:00:00+00
65	65	2	listed	\N	\N	38	2026-07-25 12:00:00+00
66	66	11	listed	\N	\N	7	2026-03-24 12:00:00+00
67	67	15	listed	\N	\N	33	2026-10-11 12:00:00+00
68	68	22	listed	\N	\N	13	2026-03-13 12:00:00+00
69	69	13	listed	\N	\N	42	2026-09-20 12:00:00+00
70	70	21	listed	\N	\N	42	2026-04-10 12:00:00+00
71	71	22	listed	\N	\N	45	2026-10-24 12:00:00+00
72	72	23	listed	\N	\N	29	2026-01-13 12:00:00+00
73	73	11	listed	\N	\N	10	2026-09-29 12:00:00+00
74	74	21	listed	\N	\N	19	2026-05-03 12:00:00+00
75	75	13	listed	\N	\N	36	2026-04-10 12:00:00+00
76	76	7	listed	\N	\N	30	2026-02-14 12:00:00+00
77	77	2	listed	\N	\N	25	2026-06-06 12:00:00+00
78	78	12	listed	\N	\N	16	2026-04-23 12:00:00+00
79	79	11	listed	\N	\N	39	2026-08-20 12:00:00+00
80	80	15	listed	\N	\N	32	2026-07-28 12:00:00+00
81	81	18	listed	\N	\N	36	2026-05-04 12:00:00+00
82	82	23	listed	\N	\N	20	2026-05-29 12:00:00+00
83	83	19	listed	\N	\N	48	2026-02-03 12:00:00+00
84	84	13	listed	\N	\N	16	2026-05-28 12:00:00+00
85	85	6	listed	\N	\N	14	2026-06-21 12:00:00+00
86	86	6	listed	\N	\N	46	2026-06-12 12:00:00+00
87	87	16	listed	\N	\N	40	2026-10-21 12:00:00+00
88	88	1	listed	\N	\N	19	2026-06-03 12:00:00+00
89	89	14	listed	\N	\N	1	2026-03-28 12:00:00+00
90	90	8	listed	\N	\N	40	2026-06-24 12:00:00+00
91	91	8	listed	\N	\N	9	2026-08-27 12:00:00+00
92	92	5	listed	\N	\N	26	2026-01-17 12:00:00+00
93	93	15	listed	\N	\N	20	2026-07-11 12:00:00+00
94	94	22	listed	\N	\N	27	2026-09-26 12:00:00+00
95	95	3	listed	\N	\N	28	2026-06-09 12:00:00+00
96	96	5	listed	\N	\N	24	2026-05-14 12:00:00+00
97	97	1	listed	\N	\N	21	2026-08-14 12:00:00+00
98	98	3	listed	\N	\N	2	2026-05-02 12:00:00+00
99	99	20	listed	\N	\N	33	2026-03-08 12:00:00+00
100	100	22	listed	\N	\N	36	2026-05-14 12:00:00+00
101	60	-2	sale	\N	1	72	2026-09-30 11:45:00+00
102	27	-1	sale	\N	1	72	2026-09-30 11:45:00+00
103	82	-1	sale	\N	2	54	2026-10-09 18:53:00+00
104	59	-1	sale	\N	2	54	2026-10-09 18:53:00+00
105	53	-2	sale	\N	2	54	2026-10-09 18:53:00+00
106	37	-1	sale	\N	3	64	2026-09-17 13:48:00+00
107	95	-2	sale	\N	3	64	2026-09-17 13:48:00+00
108	99	-1	sale	\N	4	81	2026-10-10 13:02:00+00
109	83	-2	sale	\N	4	81	2026-10-10 13:02:00+00
110	80	-1	sale	\N	5	72	2026-09-13 21:19:00+00
111	78	-2	sale	\N	5	72	2026-09-13 21:19:00+00
112	39	-1	sale	\N	5	72	2026-09-13 21:19:00+00
113	78	-1	sale	\N	6	53	2026-09-16 18:54:00+00
114	52	-2	sale	\N	6	53	2026-09-16 18:54:00+00
115	31	-1	sale	\N	7	57	2026-10-11 17:06:00+00
116	84	-2	sale	\N	8	69	2026-10-15 18:23:00+00
117	9	-2	sale	\N	8	69	2026-10-15 18:23:00+00
118	2	-2	sale	\N	8	69	2026-10-15 18:23:00+00
119	1	-1	sale	\N	9	97	2026-10-23 04:19:00+00
120	11	-1	sale	\N	10	75	2026-10-13 11:17:00+00
121	49	-2	sale	\N	11	93	2026-09-24 13:27:00+00
122	25	-2	sale	\N	12	98	2026-09-17 21:50:00+00
123	90	-1	sale	\N	13	84	2026-10-01 17:22:00+00
124	37	-2	sale	\N	13	84	2026-10-01 17:22:00+00
125	64	-2	sale	\N	13	84	2026-10-01 17:22:00+00
126	71	-2	sale	\N	14	81	2026-10-10 01:26:00+00
127	98	-1	sale	\N	14	81	2026-10-10 01:26:00+00
128	46	-1	sale	\N	15	55	2026-09-16 08:05:00+00
129	54	-1	sale	\N	16	76	2026-10-14 14:03:00+00
130	67	-2	sale	\N	16	76	2026-10-14 14:03:00+00
131	91	-1	sale	\N	16	76	2026-10-14 14:03:00+00
132	84	-2	sale	\N	17	89	2026-10-01 18:46:00+00
133	48	-2	sale	\N	18	90	2026-09-03 18:39:00+00
134	99	-1	sale	\N	18	90	2026-09-03 18:39:00+00
135	62	-2	sale	\N	18	90	2026-09-03 18:39:00+00
136	68	-2	sale	\N	19	74	2026-10-04 22:58:00+00
137	69	-2	sale	\N	19	74	2026-10-04 22:58:00+00
138	98	-2	sale	\N	19	74	2026-10-04 22:58:00+00
139	38	-1	sale	\N	20	71	2026-09-26 22:49:00+00
140	50	-1	sale	\N	20	71	2026-09-26 22:49:00+00
141	69	-1	sale	\N	21	67	2026-10-27 07:16:00+00
142	14	-1	sale	\N	22	56	2026-10-22 10:35:00+00
143	56	-1	sale	\N	23	52	2026-09-16 05:39:00+00
144	73	-1	sale	\N	23	52	2026-09-16 05:39:00+00
145	68	-1	sale	\N	23	52	2026-09-16 05:39:00+00
146	26	-1	sale	\N	24	71	2026-09-03 16:50:00+00
147	77	-2	sale	\N	24	71	2026-09-03 16:50:00+00
148	57	-2	sale	\N	25	58	2026-10-31 15:29:00+00
149	101	8	listed	\N	\N	101	2026-12-01 16:57:16.595197+00
150	102	12	listed	\N	\N	101	2026-12-01 16:57:16.829619+00
151	103	10	listed	\N	\N	101	2026-12-01 16:57:16.844545+00
152	104	6	listed	\N	\N	101	2026-12-01 16:57:16.856091+00
153	105	4	listed	\N	\N	101	2026-12-01 16:57:16.862932+00
154	106	15	listed	\N	\N	101	2026-12-01 16:57:16.869424+00
155	107	9	listed	\N	\N	101	2026-12-01 16:57:16.875672+00
156	108	5	listed	\N	\N	101	2026-12-01 16:57:16.881768+00
157	109	2	listed	\N	\N	101	2026-12-01 16:57:16.887128+00
158	110	7	listed	\N	\N	101	2026-12-01 16:57:16.893598+00
159	111	3	listed	\N	\N	101	2026-12-01 16:57:16.899636+00
160	112	1	listed	\N	\N	101	2026-12-01 16:57:16.904364+00
161	113	11	listed	\N	\N	101	2026-12-01 16:57:16.9092+00
162	114	6	listed	\N	\N	101	2026-12-01 16:57:16.917086+00
163	101	-1	sale	\N	26	103	2026-12-01 16:57:17.093655+00
164	103	-1	sale	\N	26	103	2026-12-01 16:57:17.093655+00
165	102	-1	sale	\N	27	104	2026-12-01 16:57:17.167017+00
166	108	-1	sale	\N	27	104	2026-12-01 16:57:17.167017+00
167	103	-1	sale	\N	28	105	2026-12-01 16:57:17.241739+00
168	113	-1	sale	\N	28	105	2026-12-01 16:57:17.241739+00
169	104	-2	sale	\N	29	106	2026-12-01 16:57:17.293735+00
170	105	-1	sale	\N	30	107	2026-12-01 16:57:17.364833+00
171	109	-1	sale	\N	30	107	2026-12-01 16:57:17.364833+00
172	106	-1	sale	\N	31	108	2026-12-01 16:57:17.456205+00
173	114	-1	sale	\N	31	108	2026-12-01 16:57:17.456205+00
\.

DELETE FROM public.listings;
COPY public.listings (id, shop_id, shoe_id, size_halves, condition, gender, price_cents, stock, active, created_by, created_at, shop_promotion_tier, color, shop_verified, details_version) FROM stdin;
1	40	5114	23	new	women	6099	9	t	40	2026-08-24 12:00:00+00	0	green	f	0
2	16	1095	20	new	women	18000	12	t	16	2026-06-11 12:00:00+00	0	metallic	f	0
3	1	129	16	used	youth	2000	13	t	1	2026-07-15 12:00:00+00	0	black	f	0
4	37	5138	27	new	men	21100	3	t	37	2026-09-21 12:00:00+00	0	grey	f	0
5	4	88	22	new	women	12299	22	t	4	2026-01-11 12:00:00+00	0	purple	f	0
6	43	1358	19	new	unisex	9700	14	t	43	2026-10-08 12:00:00+00	0	red	f	0
7	30	5364	24	new	youth	7800	7	t	30	2026-03-14 12:00:00+00	0	ivory	f	0
8	7	2301	25	new	unisex	14000	15	t	7	2026-01-09 12:00:00+00	0	pink	f	0
9	32	4086	17	new	women	11899	1	t	32	2026-04-21 12:00:00+00	0	brown	f	0
10	3	2306	15	new	unisex	2899	21	t	3	2026-08-01 12:00:00+00	0	grey	f	0
11	1	1918	12	new	men	11499	23	t	1	2026-05-09 12:00:00+00	0	red	f	0
12	44	3114	11	new	men	20999	3	t	44	2026-05-07 12:00:00+00	0	green	f	0
13	43	3929	13	used	youth	25599	21	t	43	2026-01-17 12:00:00+00	0	blue	f	0
14	14	4576	18	new	women	17100	0	t	14	2026-01-12 12:00:00+00	0	other	f	0
15	39	3272	20	new	women	4099	10	t	39	2026-05-16 12:00:00+00	0	purple	f	0
16	30	1599	25	new	women	5500	17	t	30	2026-09-08 12:00:00+00	0	burgundy	f	0
17	49	5671	25	new	youth	26499	3	t	49	2026-07-22 12:00:00+00	0	metallic	f	0
18	48	2486	13	new	youth	16600	8	t	48	2026-03-08 12:00:00+00	0	brown	f	0
19	10	2920	19	new	youth	2499	9	t	10	2026-08-19 12:00:00+00	0	purple	f	0
20	8	946	10	new	men	5999	17	t	8	2026-05-05 12:00:00+00	0	grey	f	0
21	49	4227	22	new	men	17900	16	t	49	2026-02-07 12:00:00+00	0	white	f	0
22	41	4682	20	new	youth	26600	23	t	41	2026-10-19 12:00:00+00	0	green	f	0
23	4	1791	19	used	youth	8900	24	t	4	2026-10-09 12:00:00+00	0	burgundy	f	0
24	5	1415	26	new	unisex	13300	25	t	5	2026-01-31 12:00:00+00	0	metallic	f	0
25	22	246	10	new	women	5899	12	t	22	2026-09-28 12:00:00+00	0	brown	f	0
26	18	2215	20	new	women	10999	23	t	18	2026-02-10 12:00:00+00	0	metallic	f	0
27	16	1661	26	used	youth	15600	15	t	16	2026-07-13 12:00:00+00	0	pink	f	0
28	11	3106	18	new	youth	13999	12	t	11	2026-02-26 12:00:00+00	0	grey	f	0
29	37	2312	17	used	women	27200	19	t	37	2026-04-28 12:00:00+00	0	purple	f	0
30	12	1798	22	new	women	2200	24	t	12	2026-01-17 12:00:00+00	3	brown	f	0
31	43	1155	13	new	unisex	19400	15	t	43	2026-09-13 12:00:00+00	0	white	f	0
32	17	2505	13	new	youth	2099	21	t	17	2026-04-21 12:00:00+00	0	blue	f	0
33	34	493	12	new	women	24899	3	t	34	2026-06-11 12:00:00+00	0	pink	f	0
34	33	1494	20	new	unisex	13699	15	t	33	2026-03-03 12:00:00+00	0	brown	f	0
35	29	744	18	new	youth	11099	24	t	29	2026-10-03 12:00:00+00	0	purple	f	0
36	24	2489	19	new	women	9099	19	t	24	2026-04-16 12:00:00+00	0	blue	f	0
37	8	1372	17	used	women	6799	1	t	8	2026-06-17 12:00:00+00	0	orange	f	0
38	29	4969	12	used	unisex	9200	18	t	29	2026-09-03 12:00:00+00	0	blue	f	0
39	49	4309	14	new	unisex	19299	7	t	49	2026-05-26 12:00:00+00	0	beige	f	0
40	11	5090	17	new	men	11800	2	t	11	2026-08-09 12:00:00+00	0	grey	f	0
41	7	3451	17	new	unisex	5499	6	t	7	2026-05-18 12:00:00+00	0	yellow	f	0
42	6	5693	29	used	men	6099	12	t	6	2026-04-04 12:00:00+00	0	pink	f	0
43	22	3467	29	new	unisex	4199	19	t	22	2026-04-16 12:00:00+00	0	yellow	f	0
44	12	2113	24	new	women	10800	11	t	12	2026-04-28 12:00:00+00	3	black	f	0
45	19	2933	25	used	women	10299	14	t	19	2026-01-18 12:00:00+00	0	beige	f	0
46	32	99	18	new	men	18099	20	t	32	2026-05-26 12:00:00+00	0	white	f	0
47	5	3396	20	new	women	27099	22	t	5	2026-01-24 12:00:00+00	0	ivory	f	0
48	46	2905	23	new	men	26899	17	t	46	2026-08-13 12:00:00+00	0	blue	f	0
49	19	2349	30	new	youth	11000	14	t	19	2026-10-19 12:00:00+00	0	pink	f	0
50	49	5390	14	used	women	4600	5	t	49	2026-08-05 12:00:00+00	0	red	f	0
51	5	310	21	used	men	16199	7	t	5	2026-05-24 12:00:00+00	0	brown	f	0
52	25	5711	30	new	women	22899	23	t	25	2026-06-01 12:00:00+00	0	burgundy	f	0
53	31	2188	29	used	men	19800	8	t	31	2026-09-07 12:00:00+00	0	orange	f	0
54	18	5307	13	new	men	23000	9	t	18	2026-02-25 12:00:00+00	0	yellow	f	0
55	50	5683	23	new	unisex	14599	6	t	50	2026-08-27 12:00:00+00	0	white	f	0
56	18	3872	22	new	women	24300	7	t	18	2026-07-19 12:00:00+00	0	other	f	0
57	21	1141	19	new	youth	4399	15	t	21	2026-04-12 12:00:00+00	0	beige	f	0
58	27	3705	21	new	men	5900	6	t	27	2026-07-18 12:00:00+00	0	blue	f	0
59	4	749	26	new	men	24200	5	t	4	2026-03-25 12:00:00+00	0	pink	f	0
60	21	3201	29	new	youth	23299	8	t	21	2026-03-05 12:00:00+00	0	black	f	0
61	23	5721	15	new	unisex	17299	17	t	23	2026-10-04 12:00:00+00	0	blue	f	0
62	9	86	28	new	youth	20999	9	t	9	2026-08-02 12:00:00+00	0	brown	f	0
63	14	2647	23	new	youth	11400	4	t	14	2026-06-10 12:00:00+00	0	metallic	f	0
64	18	4307	18	new	women	10600	16	t	18	2026-06-25 12:00:00+00	0	white	f	0
65	38	1126	13	used	men	6400	2	t	38	2026-07-25 12:00:00+00	0	brown	f	0
66	7	1253	30	new	unisex	28900	11	t	7	2026-03-24 12:00:00+00	0	beige	f	0
67	33	38	20	new	women	26299	13	t	33	2026-10-11 12:00:00+00	0	brown	f	0
68	13	2112	22	new	youth	29900	19	t	13	2026-03-13 12:00:00+00	0	other	f	0
69	42	3930	19	new	women	6800	10	t	42	2026-09-20 12:00:00+00	0	green	f	0
70	42	2287	22	new	women	8199	21	t	42	2026-04-10 12:00:00+00	0	burgundy	f	0
71	45	502	21	new	youth	23800	20	t	45	2026-10-24 12:00:00+00	0	brown	f	0
72	29	5109	28	new	women	21700	23	t	29	2026-01-13 12:00:00+00	0	beige	f	0
73	10	630	10	new	women	19999	10	t	10	2026-09-29 12:00:00+00	0	brown	f	0
74	19	4404	20	new	unisex	7900	21	t	19	2026-05-03 12:00:00+00	0	ivory	f	0
75	36	3592	30	used	unisex	27999	13	t	36	2026-04-10 12:00:00+00	0	purple	f	0
76	30	509	16	new	unisex	19499	7	t	30	2026-02-14 12:00:00+00	0	pink	f	0
77	25	2061	16	new	women	17099	0	t	25	2026-06-06 12:00:00+00	0	pink	f	0
78	16	4829	12	new	men	14699	9	t	16	2026-04-23 12:00:00+00	0	pink	f	0
79	39	1704	11	used	youth	19200	11	t	39	2026-08-20 12:00:00+00	0	purple	f	0
80	32	1207	12	new	women	16500	14	t	32	2026-07-28 12:00:00+00	0	metallic	f	0
81	36	1978	21	new	youth	11400	18	t	36	2026-05-04 12:00:00+00	0	green	f	0
82	20	2177	19	new	men	3199	22	t	20	2026-05-29 12:00:00+00	0	black	f	0
83	48	45	25	used	youth	18099	17	t	48	2026-02-03 12:00:00+00	0	pink	f	0
84	16	885	27	new	men	20100	9	t	16	2026-05-28 12:00:00+00	0	beige	f	0
85	14	2225	20	new	men	5300	6	t	14	2026-06-21 12:00:00+00	0	black	f	0
86	46	5201	16	new	unisex	8900	6	t	46	2026-06-12 12:00:00+00	0	black	f	0
87	40	3865	14	new	men	20799	16	t	40	2026-10-21 12:00:00+00	0	blue	f	0
88	19	3123	24	new	men	18799	1	t	19	2026-06-03 12:00:00+00	0	white	f	0
89	1	2605	20	new	youth	17799	14	t	1	2026-03-28 12:00:00+00	0	pink	f	0
90	40	3555	11	used	unisex	17099	7	t	40	2026-06-24 12:00:00+00	0	white	f	0
91	9	5728	22	used	youth	6600	7	t	9	2026-08-27 12:00:00+00	0	other	f	0
92	26	879	10	new	youth	4899	5	t	26	2026-01-17 12:00:00+00	0	burgundy	f	0
93	20	5256	13	new	women	17699	15	t	20	2026-07-11 12:00:00+00	0	purple	f	0
94	27	1431	15	new	men	28699	22	t	27	2026-09-26 12:00:00+00	0	metallic	f	0
95	28	5445	17	new	men	20400	1	t	28	2026-06-09 12:00:00+00	0	beige	f	0
96	24	810	19	new	unisex	9399	5	t	24	2026-05-14 12:00:00+00	0	green	f	0
97	21	1129	15	new	men	29200	1	t	21	2026-08-14 12:00:00+00	0	blue	f	0
98	2	3880	11	new	unisex	20200	0	t	2	2026-05-02 12:00:00+00	0	purple	f	0
99	33	1119	24	new	unisex	18000	18	t	33	2026-03-08 12:00:00+00	0	burgundy	f	0
100	36	2299	18	new	women	11499	22	t	36	2026-05-14 12:00:00+00	0	yellow	f	0
101	51	5761	20	new	men	12999	7	t	101	2026-12-01 16:57:16.595197+00	0	black	f	0
102	51	5762	18	new	women	10999	11	t	101	2026-12-01 16:57:16.829619+00	0	white	f	0
103	51	5763	21	new	unisex	9995	8	t	101	2026-12-01 16:57:16.844545+00	0	white	f	0
104	51	5764	16	new	women	9450	4	t	101	2026-12-01 16:57:16.856091+00	0	green	f	0
105	51	5765	22	new	men	19999	3	t	101	2026-12-01 16:57:16.862932+00	0	grey	f	0
106	51	5766	14	new	youth	5999	14	t	101	2026-12-01 16:57:16.869424+00	0	black	f	0
107	51	5767	19	new	unisex	8499	9	t	101	2026-12-01 16:57:16.875672+00	0	red	f	0
108	51	5768	17	new	women	16900	4	t	101	2026-12-01 16:57:16.881768+00	0	burgundy	f	0
109	51	5769	20	used	unisex	7400	1	t	101	2026-12-01 16:57:16.887128+00	0	brown	f	0
110	51	5770	21	new	men	15995	7	t	101	2026-12-01 16:57:16.893598+00	0	blue	f	0
111	51	5771	18	new	unisex	18999	3	t	101	2026-12-01 16:57:16.899636+00	0	beige	f	0
112	51	5772	23	used	men	6500	1	t	101	2026-12-01 16:57:16.904364+00	0	beige	f	0
113	51	5773	13	new	women	6999	10	t	101	2026-12-01 16:57:16.9092+00	0	pink	f	0
114	51	5774	24	new	men	19800	5	t	101	2026-12-01 16:57:16.917086+00	0	yellow	f	0
\.

DELETE FROM public.order_fulfilments;
COPY public.order_fulfilments (order_id, shop_id, status, updated_at, order_number) FROM stdin;
1	16	delivered	2026-09-30 11:45:00+00	100001
1	21	processing	2026-09-30 11:45:00+00	100001
2	20	shipped	2026-10-09 18:53:00+00	100002
2	4	delivered	2026-10-09 18:53:00+00	100002
2	31	out_for_delivery	2026-10-09 18:53:00+00	100002
3	8	processing	2026-09-17 13:48:00+00	100003
3	28	processing	2026-09-17 13:48:00+00	100003
4	48	delivered	2026-10-10 13:02:00+00	100004
4	33	shipped	2026-10-10 13:02:00+00	100004
5	32	out_for_delivery	2026-09-13 21:19:00+00	100005
5	16	processing	2026-09-13 21:19:00+00	100005
5	49	shipped	2026-09-13 21:19:00+00	100005
6	16	processing	2026-09-16 18:54:00+00	100006
6	25	out_for_delivery	2026-09-16 18:54:00+00	100006
7	43	processing	2026-10-11 17:06:00+00	100007
8	16	processing	2026-10-15 18:23:00+00	100008
8	32	shipped	2026-10-15 18:23:00+00	100008
9	40	out_for_delivery	2026-10-23 04:19:00+00	100009
10	1	shipped	2026-10-13 11:17:00+00	100010
11	19	processing	2026-09-24 13:27:00+00	100011
12	22	shipped	2026-09-17 21:50:00+00	100012
13	18	shipped	2026-10-01 17:22:00+00	100013
13	40	processing	2026-10-01 17:22:00+00	100013
13	8	out_for_delivery	2026-10-01 17:22:00+00	100013
14	2	shipped	2026-10-10 01:26:00+00	100014
14	45	delivered	2026-10-10 01:26:00+00	100014
15	32	processing	2026-09-16 08:05:00+00	100015
16	33	delivered	2026-10-14 14:03:00+00	100016
16	18	out_for_delivery	2026-10-14 14:03:00+00	100016
16	9	shipped	2026-10-14 14:03:00+00	100016
17	16	shipped	2026-10-01 18:46:00+00	100017
18	33	out_for_delivery	2026-09-03 18:39:00+00	100018
18	9	processing	2026-09-03 18:39:00+00	100018
18	46	shipped	2026-09-03 18:39:00+00	100018
19	2	shipped	2026-10-04 22:58:00+00	100019
19	42	delivered	2026-10-04 22:58:00+00	100019
19	13	processing	2026-10-04 22:58:00+00	100019
20	49	out_for_delivery	2026-09-26 22:49:00+00	100020
20	29	shipped	2026-09-26 22:49:00+00	100020
21	42	processing	2026-10-27 07:16:00+00	100021
22	14	out_for_delivery	2026-10-22 10:35:00+00	100022
23	18	delivered	2026-09-16 05:39:00+00	100023
23	10	delivered	2026-09-16 05:39:00+00	100023
23	13	processing	2026-09-16 05:39:00+00	100023
24	18	out_for_delivery	2026-09-03 16:50:00+00	100024
24	25	processing	2026-09-03 16:50:00+00	100024
25	21	delivered	2026-10-31 15:29:00+00	100025
26	51	processing	2026-12-01 16:57:17.093655+00	100026
27	51	processing	2026-12-01 16:57:17.167017+00	100027
28	51	processing	2026-12-01 16:57:17.241739+00	100028
29	51	processing	2026-12-01 16:57:17.293735+00	100029
30	51	processing	2026-12-01 16:57:17.364833+00	100030
31	51	processing	2026-12-01 16:57:17.456205+00	100031
\.

DELETE FROM public.order_lines;
COPY public.order_lines (id, order_id, listing_id, shop_id, flash_sale_id, quantity, unit_price_cents, sale_units, sale_unit_price_cents, line_total_cents, refunded_quantity, refunded_cents) FROM stdin;
1	1	60	21	\N	2	23299	0	23299	46598	0	0
2	1	27	16	\N	1	15600	0	15600	15600	0	0
3	2	82	20	\N	1	3199	0	3199	3199	0	0
4	2	59	4	\N	1	24200	0	24200	24200	0	0
5	2	53	31	\N	2	19800	0	19800	39600	0	0
6	3	37	8	\N	1	6799	0	6799	6799	0	0
7	3	95	28	\N	2	20400	0	20400	40800	0	0
8	4	99	33	\N	1	18000	0	18000	18000	0	0
9	4	83	48	\N	2	18099	0	18099	36198	0	0
10	5	80	32	\N	1	16500	0	16500	16500	0	0
11	5	78	16	\N	2	14699	0	14699	29398	0	0
12	5	39	49	\N	1	19299	0	19299	19299	0	0
13	6	78	16	\N	1	14699	0	14699	14699	0	0
14	6	52	25	\N	2	22899	0	22899	45798	0	0
15	7	31	43	\N	1	19400	0	19400	19400	0	0
16	8	84	16	\N	2	20100	0	20100	40200	0	0
17	8	9	32	\N	2	11899	0	11899	23798	0	0
18	8	2	16	\N	2	18000	0	18000	36000	0	0
19	9	1	40	\N	1	6099	0	6099	6099	0	0
20	10	11	1	\N	1	11499	0	11499	11499	0	0
21	11	49	19	\N	2	11000	0	11000	22000	0	0
22	12	25	22	\N	2	5899	0	5899	11798	0	0
23	13	90	40	\N	1	17099	0	17099	17099	0	0
24	13	37	8	\N	2	6799	0	6799	13598	0	0
25	13	64	18	\N	2	10600	0	10600	21200	0	0
26	14	71	45	\N	2	23800	0	23800	47600	0	0
27	14	98	2	\N	1	20200	0	20200	20200	0	0
28	15	46	32	\N	1	18099	0	18099	18099	0	0
29	16	54	18	\N	1	23000	0	23000	23000	0	0
30	16	67	33	\N	2	26299	0	26299	52598	0	0
31	16	91	9	\N	1	6600	0	6600	6600	0	0
32	17	84	16	\N	2	20100	0	20100	40200	0	0
33	18	48	46	\N	2	26899	0	26899	53798	0	0
34	18	99	33	\N	1	18000	0	18000	18000	0	0
35	18	62	9	\N	2	20999	0	20999	41998	0	0
36	19	68	13	\N	2	29900	0	29900	59800	0	0
37	19	69	42	\N	2	6800	0	6800	13600	0	0
38	19	98	2	\N	2	20200	0	20200	40400	0	0
39	20	38	29	\N	1	9200	0	9200	9200	0	0
40	20	50	49	\N	1	4600	0	4600	4600	0	0
41	21	69	42	\N	1	6800	0	6800	6800	0	0
42	22	14	14	\N	1	17100	0	17100	17100	0	0
43	23	56	18	\N	1	24300	0	24300	24300	0	0
44	23	73	10	\N	1	19999	0	19999	19999	0	0
45	23	68	13	\N	1	29900	0	29900	29900	0	0
46	24	26	18	\N	1	10999	0	10999	10999	0	0
47	24	77	25	\N	2	17099	0	17099	34198	0	0
48	25	57	21	\N	2	4399	0	4399	8798	0	0
49	26	101	51	\N	1	12999	0	12999	12999	0	0
50	26	103	51	\N	1	9995	0	9995	9995	0	0
51	27	102	51	\N	1	10999	0	10999	10999	0	0
52	27	108	51	\N	1	16900	0	16900	16900	0	0
53	28	103	51	\N	1	9995	0	9995	9995	0	0
54	28	113	51	\N	1	6999	0	6999	6999	0	0
55	29	104	51	\N	2	9450	0	9450	18900	0	0
56	30	105	51	\N	1	19999	0	19999	19999	0	0
57	30	109	51	\N	1	7400	0	7400	7400	0	0
58	31	106	51	\N	1	5999	0	5999	5999	0	0
59	31	114	51	\N	1	19800	0	19800	19800	0	0
\.

DELETE FROM public.orders;
COPY public.orders (id, order_number, cart_id, buyer_id, cashier_id, payment_method, card_brand, card_last4, cash_tendered_cents, total_cents, idempotency_key, created_at) FROM stdin;
1	100001	1	72	72	card	Visa	2215	\N	62198	\N	2026-09-30 11:45:00+00
2	100002	2	54	54	card	Visa	7869	\N	66999	\N	2026-10-09 18:53:00+00
3	100003	3	64	64	card	Visa	1510	\N	47599	\N	2026-09-17 13:48:00+00
4	100004	4	81	81	card	Visa	5714	\N	54198	\N	2026-10-10 13:02:00+00
5	100005	5	72	72	card	Visa	0086	\N	65197	\N	2026-09-13 21:19:00+00
6	100006	6	53	53	card	Visa	9242	\N	60497	\N	2026-09-16 18:54:00+00
7	100007	7	57	57	cash	\N	\N	\N	19400	\N	2026-10-11 17:06:00+00
8	100008	8	69	69	card	Visa	1270	\N	99998	\N	2026-10-15 18:23:00+00
9	100009	9	97	97	cash	\N	\N	\N	6099	\N	2026-10-23 04:19:00+00
10	100010	10	75	75	card	Visa	8274	\N	11499	\N	2026-10-13 11:17:00+00
11	100011	11	93	93	card	Visa	6994	\N	22000	\N	2026-09-24 13:27:00+00
12	100012	12	98	98	cash	\N	\N	\N	11798	\N	2026-09-17 21:50:00+00
13	100013	13	84	84	card	Visa	0674	\N	51897	\N	2026-10-01 17:22:00+00
14	100014	14	81	81	card	Visa	8013	\N	67800	\N	2026-10-10 01:26:00+00
15	100015	15	55	55	cash	\N	\N	\N	18099	\N	2026-09-16 08:05:00+00
16	100016	16	76	76	card	Visa	8362	\N	82198	\N	2026-10-14 14:03:00+00
17	100017	17	89	89	cash	\N	\N	\N	40200	\N	2026-10-01 18:46:00+00
18	100018	18	90	90	cash	\N	\N	\N	113796	\N	2026-09-03 18:39:00+00
19	100019	19	74	74	card	Visa	6485	\N	113800	\N	2026-10-04 22:58:00+00
20	100020	20	71	71	cash	\N	\N	\N	13800	\N	2026-09-26 22:49:00+00
21	100021	21	67	67	card	Visa	8030	\N	6800	\N	2026-10-27 07:16:00+00
22	100022	22	56	56	card	Visa	8745	\N	17100	\N	2026-10-22 10:35:00+00
23	100023	23	52	52	cash	\N	\N	\N	74199	\N	2026-09-16 05:39:00+00
24	100024	24	71	71	card	Visa	2243	\N	45197	\N	2026-09-03 16:50:00+00
25	100025	25	58	58	card	Visa	6284	\N	8798	\N	2026-10-31 15:29:00+00
26	100026	26	103	103	card	Visa	4242	\N	22994	\N	2026-12-01 16:57:17.093655+00
27	100027	28	104	104	cash	\N	\N	50000	27899	\N	2026-12-01 16:57:17.167017+00
28	100028	30	105	105	card	Visa	4244	\N	16994	\N	2026-12-01 16:57:17.241739+00
29	100029	32	106	106	cash	\N	\N	50000	18900	\N	2026-12-01 16:57:17.293735+00
30	100030	34	107	107	card	Visa	4246	\N	27399	\N	2026-12-01 16:57:17.364833+00
31	100031	36	108	108	cash	\N	\N	50000	25799	\N	2026-12-01 16:57:17.456205+00
\.

DELETE FROM public.promotion_tiers;
COPY public.promotion_tiers (tier, price_cents) FROM stdin;
1	500
2	750
3	1000
\.

DELETE FROM public.ratings;
COPY public.ratings (shop_id, customer_id, stars, rated_at) FROM stdin;
1	75	2	2026-09-24 12:00:00+00
4	54	5	2026-10-20 12:00:00+00
8	64	4	2026-09-13 12:00:00+00
16	69	4	2026-09-21 12:00:00+00
16	72	4	2026-10-22 12:00:00+00
16	53	4	2026-09-23 12:00:00+00
19	93	2	2026-09-26 12:00:00+00
20	54	5	2026-10-31 12:00:00+00
21	72	4	2026-10-23 12:00:00+00
22	98	5	2026-10-22 12:00:00+00
25	53	3	2026-09-05 12:00:00+00
28	64	5	2026-10-03 12:00:00+00
31	54	3	2026-10-10 12:00:00+00
32	72	2	2026-09-05 12:00:00+00
32	69	4	2026-10-24 12:00:00+00
33	81	5	2026-09-05 12:00:00+00
40	97	4	2026-10-28 12:00:00+00
43	57	2	2026-10-25 12:00:00+00
48	81	4	2026-10-12 12:00:00+00
49	72	2	2026-10-19 12:00:00+00
51	104	4	2026-12-01 16:57:17.177147+00
51	105	5	2026-12-01 16:57:17.249593+00
51	106	3	2026-12-01 16:57:17.300238+00
51	107	4	2026-12-01 16:57:17.376734+00
51	108	5	2026-12-01 16:57:17.472329+00
51	103	3	2026-12-01 16:57:17.112156+00
\.

DELETE FROM public.refunds;
COPY public.refunds (id, order_line_id, quantity, amount_cents, restocked, reason, actor_id, created_at) FROM stdin;
\.

DELETE FROM public.shoes;
COPY public.shoes (id, brand, color, style) FROM stdin;
1	nike	black	runner
2	nike	grey	runner
3	nike	white	runner
4	nike	ivory	runner
5	nike	beige	runner
6	nike	brown	runner
7	nike	metallic	runner
8	nike	purple	runner
9	nike	blue	runner
10	nike	green	runner
11	nike	yellow	runner
12	nike	orange	runner
13	nike	pink	runner
14	nike	red	runner
15	nike	burgundy	runner
16	nike	other	runner
17	nike	black	classic
18	nike	grey	classic
19	nike	white	classic
20	nike	ivory	classic
21	nike	beige	classic
22	nike	brown	classic
23	nike	metallic	classic
24	nike	purple	classic
25	nike	blue	classic
26	nike	green	classic
27	nike	yellow	classic
28	nike	orange	classic
29	nike	pink	classic
30	nike	red	classic
31	nike	burgundy	classic
32	nike	other	classic
33	nike	black	high top
34	nike	grey	high top
35	nike	white	high top
36	nike	ivory	high top
37	nike	beige	high top
38	nike	brown	high top
39	nike	metallic	high top
40	nike	purple	high top
41	nike	blue	high top
42	nike	green	high top
43	nike	yellow	high top
44	nike	orange	high top
45	nike	pink	high top
46	nike	red	high top
47	nike	burgundy	high top
48	nike	other	high top
49	nike	black	low
50	nike	grey	low
51	nike	white	low
52	nike	ivory	low
53	nike	beige	low
54	nike	brown	low
55	nike	metallic	low
56	nike	purple	low
57	nike	blue	low
58	nike	green	low
59	nike	yellow	low
60	nike	orange	low
61	nike	pink	low
62	nike	red	low
63	nike	burgundy	low
64	nike	other	low
65	nike	black	trail
66	nike	grey	trail
67	nike	white	trail
68	nike	ivory	trail
69	nike	beige	trail
70	nike	brown	trail
71	nike	metallic	trail
72	nike	purple	trail
73	nike	blue	trail
74	nike	green	trail
75	nike	yellow	trail
76	nike	orange	trail
77	nike	pink	trail
78	nike	red	trail
79	nike	burgundy	trail
80	nike	other	trail
81	nike	black	court
82	nike	grey	court
83	nike	white	court
84	nike	ivory	court
85	nike	beige	court
86	nike	brown	court
87	nike	metallic	court
88	nike	purple	court
89	nike	blue	court
90	nike	green	court
91	nike	yellow	court
92	nike	orange	court
93	nike	pink	court
94	nike	red	court
95	nike	burgundy	court
96	nike	other	court
97	nike	black	boot
98	nike	grey	boot
99	nike	white	boot
100	nike	ivory	boot
101	nike	beige	boot
102	nike	brown	boot
103	nike	metallic	boot
104	nike	purple	boot
105	nike	blue	boot
106	nike	green	boot
107	nike	yellow	boot
108	nike	orange	boot
109	nike	pink	boot
110	nike	red	boot
111	nike	burgundy	boot
112	nike	other	boot
113	nike	black	loafer
114	nike	grey	loafer
115	nike	white	loafer
116	nike	ivory	loafer
117	nike	beige	loafer
118	nike	brown	loafer
119	nike	metallic	loafer
120	nike	purple	loafer
121	nike	blue	loafer
122	nike	green	loafer
123	nike	yellow	loafer
124	nike	orange	loafer
125	nike	pink	loafer
126	nike	red	loafer
127	nike	burgundy	loafer
128	nike	other	loafer
129	nike	black	sandal
130	nike	grey	sandal
131	nike	white	sandal
132	nike	ivory	sandal
133	nike	beige	sandal
134	nike	brown	sandal
135	nike	metallic	sandal
136	nike	purple	sandal
137	nike	blue	sandal
138	nike	green	sandal
139	nike	yellow	sandal
140	nike	orange	sandal
141	nike	pink	sandal
142	nike	red	sandal
143	nike	burgundy	sandal
144	nike	other	sandal
145	nike	black	slip on
146	nike	grey	slip on
147	nike	white	slip on
148	nike	ivory	slip on
149	nike	beige	slip on
150	nike	brown	slip on
151	nike	metallic	slip on
152	nike	purple	slip on
153	nike	blue	slip on
154	nike	green	slip on
155	nike	yellow	slip on
156	nike	orange	slip on
157	nike	pink	slip on
158	nike	red	slip on
159	nike	burgundy	slip on
160	nike	other	slip on
161	nike	black	trainer
162	nike	grey	trainer
163	nike	white	trainer
164	nike	ivory	trainer
165	nike	beige	trainer
166	nike	brown	trainer
167	nike	metallic	trainer
168	nike	purple	trainer
169	nike	blue	trainer
170	nike	green	trainer
171	nike	yellow	trainer
172	nike	orange	trainer
173	nike	pink	trainer
174	nike	red	trainer
175	nike	burgundy	trainer
176	nike	other	trainer
177	nike	black	racer
178	nike	grey	racer
179	nike	white	racer
180	nike	ivory	racer
181	nike	beige	racer
182	nike	brown	racer
183	nike	metallic	racer
184	nike	purple	racer
185	nike	blue	racer
186	nike	green	racer
187	nike	yellow	racer
188	nike	orange	racer
189	nike	pink	racer
190	nike	red	racer
191	nike	burgundy	racer
192	nike	other	racer
193	adidas	black	runner
194	adidas	grey	runner
195	adidas	white	runner
196	adidas	ivory	runner
197	adidas	beige	runner
198	adidas	brown	runner
199	adidas	metallic	runner
200	adidas	purple	runner
201	adidas	blue	runner
202	adidas	green	runner
203	adidas	yellow	runner
204	adidas	orange	runner
205	adidas	pink	runner
206	adidas	red	runner
207	adidas	burgundy	runner
208	adidas	other	runner
209	adidas	black	classic
210	adidas	grey	classic
211	adidas	white	classic
212	adidas	ivory	classic
213	adidas	beige	classic
214	adidas	brown	classic
215	adidas	metallic	classic
216	adidas	purple	classic
217	adidas	blue	classic
218	adidas	green	classic
219	adidas	yellow	classic
220	adidas	orange	classic
221	adidas	pink	classic
222	adidas	red	classic
223	adidas	burgundy	classic
224	adidas	other	classic
225	adidas	black	high top
226	adidas	grey	high top
227	adidas	white	high top
228	adidas	ivory	high top
229	adidas	beige	high top
230	adidas	brown	high top
231	adidas	metallic	high top
232	adidas	purple	high top
233	adidas	blue	high top
234	adidas	green	high top
235	adidas	yellow	high top
236	adidas	orange	high top
237	adidas	pink	high top
238	adidas	red	high top
239	adidas	burgundy	high top
240	adidas	other	high top
241	adidas	black	low
242	adidas	grey	low
243	adidas	white	low
244	adidas	ivory	low
245	adidas	beige	low
246	adidas	brown	low
247	adidas	metallic	low
248	adidas	purple	low
249	adidas	blue	low
250	adidas	green	low
251	adidas	yellow	low
252	adidas	orange	low
253	adidas	pink	low
254	adidas	red	low
255	adidas	burgundy	low
256	adidas	other	low
257	adidas	black	trail
258	adidas	grey	trail
259	adidas	white	trail
260	adidas	ivory	trail
261	adidas	beige	trail
262	adidas	brown	trail
263	adidas	metallic	trail
264	adidas	purple	trail
265	adidas	blue	trail
266	adidas	green	trail
267	adidas	yellow	trail
268	adidas	orange	trail
269	adidas	pink	trail
270	adidas	red	trail
271	adidas	burgundy	trail
272	adidas	other	trail
273	adidas	black	court
274	adidas	grey	court
275	adidas	white	court
276	adidas	ivory	court
277	adidas	beige	court
278	adidas	brown	court
279	adidas	metallic	court
280	adidas	purple	court
281	adidas	blue	court
282	adidas	green	court
283	adidas	yellow	court
284	adidas	orange	court
285	adidas	pink	court
286	adidas	red	court
287	adidas	burgundy	court
288	adidas	other	court
289	adidas	black	boot
290	adidas	grey	boot
291	adidas	white	boot
292	adidas	ivory	boot
293	adidas	beige	boot
294	adidas	brown	boot
295	adidas	metallic	boot
296	adidas	purple	boot
297	adidas	blue	boot
298	adidas	green	boot
299	adidas	yellow	boot
300	adidas	orange	boot
301	adidas	pink	boot
302	adidas	red	boot
303	adidas	burgundy	boot
304	adidas	other	boot
305	adidas	black	loafer
306	adidas	grey	loafer
307	adidas	white	loafer
308	adidas	ivory	loafer
309	adidas	beige	loafer
310	adidas	brown	loafer
311	adidas	metallic	loafer
312	adidas	purple	loafer
313	adidas	blue	loafer
314	adidas	green	loafer
315	adidas	yellow	loafer
316	adidas	orange	loafer
317	adidas	pink	loafer
318	adidas	red	loafer
319	adidas	burgundy	loafer
320	adidas	other	loafer
321	adidas	black	sandal
322	adidas	grey	sandal
323	adidas	white	sandal
324	adidas	ivory	sandal
325	adidas	beige	sandal
326	adidas	brown	sandal
327	adidas	metallic	sandal
328	adidas	purple	sandal
329	adidas	blue	sandal
330	adidas	green	sandal
331	adidas	yellow	sandal
332	adidas	orange	sandal
333	adidas	pink	sandal
334	adidas	red	sandal
335	adidas	burgundy	sandal
336	adidas	other	sandal
337	adidas	black	slip on
338	adidas	grey	slip on
339	adidas	white	slip on
340	adidas	ivory	slip on
341	adidas	beige	slip on
342	adidas	brown	slip on
343	adidas	metallic	slip on
344	adidas	purple	slip on
345	adidas	blue	slip on
346	adidas	green	slip on
347	adidas	yellow	slip on
348	adidas	orange	slip on
349	adidas	pink	slip on
350	adidas	red	slip on
351	adidas	burgundy	slip on
352	adidas	other	slip on
353	adidas	black	trainer
354	adidas	grey	trainer
355	adidas	white	trainer
356	adidas	ivory	trainer
357	adidas	beige	trainer
358	adidas	brown	trainer
359	adidas	metallic	trainer
360	adidas	purple	trainer
361	adidas	blue	trainer
362	adidas	green	trainer
363	adidas	yellow	trainer
364	adidas	orange	trainer
365	adidas	pink	trainer
366	adidas	red	trainer
367	adidas	burgundy	trainer
368	adidas	other	trainer
369	adidas	black	racer
370	adidas	grey	racer
371	adidas	white	racer
372	adidas	ivory	racer
373	adidas	beige	racer
374	adidas	brown	racer
375	adidas	metallic	racer
376	adidas	purple	racer
377	adidas	blue	racer
378	adidas	green	racer
379	adidas	yellow	racer
380	adidas	orange	racer
381	adidas	pink	racer
382	adidas	red	racer
383	adidas	burgundy	racer
384	adidas	other	racer
385	new balance	black	runner
386	new balance	grey	runner
387	new balance	white	runner
388	new balance	ivory	runner
389	new balance	beige	runner
390	new balance	brown	runner
391	new balance	metallic	runner
392	new balance	purple	runner
393	new balance	blue	runner
394	new balance	green	runner
395	new balance	yellow	runner
396	new balance	orange	runner
397	new balance	pink	runner
398	new balance	red	runner
399	new balance	burgundy	runner
400	new balance	other	runner
401	new balance	black	classic
402	new balance	grey	classic
403	new balance	white	classic
404	new balance	ivory	classic
405	new balance	beige	classic
406	new balance	brown	classic
407	new balance	metallic	classic
408	new balance	purple	classic
409	new balance	blue	classic
410	new balance	green	classic
411	new balance	yellow	classic
412	new balance	orange	classic
413	new balance	pink	classic
414	new balance	red	classic
415	new balance	burgundy	classic
416	new balance	other	classic
417	new balance	black	high top
418	new balance	grey	high top
419	new balance	white	high top
420	new balance	ivory	high top
421	new balance	beige	high top
422	new balance	brown	high top
423	new balance	metallic	high top
424	new balance	purple	high top
425	new balance	blue	high top
426	new balance	green	high top
427	new balance	yellow	high top
428	new balance	orange	high top
429	new balance	pink	high top
430	new balance	red	high top
431	new balance	burgundy	high top
432	new balance	other	high top
433	new balance	black	low
434	new balance	grey	low
435	new balance	white	low
436	new balance	ivory	low
437	new balance	beige	low
438	new balance	brown	low
439	new balance	metallic	low
440	new balance	purple	low
441	new balance	blue	low
442	new balance	green	low
443	new balance	yellow	low
444	new balance	orange	low
445	new balance	pink	low
446	new balance	red	low
447	new balance	burgundy	low
448	new balance	other	low
449	new balance	black	trail
450	new balance	grey	trail
451	new balance	white	trail
452	new balance	ivory	trail
453	new balance	beige	trail
454	new balance	brown	trail
455	new balance	metallic	trail
456	new balance	purple	trail
457	new balance	blue	trail
458	new balance	green	trail
459	new balance	yellow	trail
460	new balance	orange	trail
461	new balance	pink	trail
462	new balance	red	trail
463	new balance	burgundy	trail
464	new balance	other	trail
465	new balance	black	court
466	new balance	grey	court
467	new balance	white	court
468	new balance	ivory	court
469	new balance	beige	court
470	new balance	brown	court
471	new balance	metallic	court
472	new balance	purple	court
473	new balance	blue	court
474	new balance	green	court
475	new balance	yellow	court
476	new balance	orange	court
477	new balance	pink	court
478	new balance	red	court
479	new balance	burgundy	court
480	new balance	other	court
481	new balance	black	boot
482	new balance	grey	boot
483	new balance	white	boot
484	new balance	ivory	boot
485	new balance	beige	boot
486	new balance	brown	boot
487	new balance	metallic	boot
488	new balance	purple	boot
489	new balance	blue	boot
490	new balance	green	boot
491	new balance	yellow	boot
492	new balance	orange	boot
493	new balance	pink	boot
494	new balance	red	boot
495	new balance	burgundy	boot
496	new balance	other	boot
497	new balance	black	loafer
498	new balance	grey	loafer
499	new balance	white	loafer
500	new balance	ivory	loafer
501	new balance	beige	loafer
502	new balance	brown	loafer
503	new balance	metallic	loafer
504	new balance	purple	loafer
505	new balance	blue	loafer
506	new balance	green	loafer
507	new balance	yellow	loafer
508	new balance	orange	loafer
509	new balance	pink	loafer
510	new balance	red	loafer
511	new balance	burgundy	loafer
512	new balance	other	loafer
513	new balance	black	sandal
514	new balance	grey	sandal
515	new balance	white	sandal
516	new balance	ivory	sandal
517	new balance	beige	sandal
518	new balance	brown	sandal
519	new balance	metallic	sandal
520	new balance	purple	sandal
521	new balance	blue	sandal
522	new balance	green	sandal
523	new balance	yellow	sandal
524	new balance	orange	sandal
525	new balance	pink	sandal
526	new balance	red	sandal
527	new balance	burgundy	sandal
528	new balance	other	sandal
529	new balance	black	slip on
530	new balance	grey	slip on
531	new balance	white	slip on
532	new balance	ivory	slip on
533	new balance	beige	slip on
534	new balance	brown	slip on
535	new balance	metallic	slip on
536	new balance	purple	slip on
537	new balance	blue	slip on
538	new balance	green	slip on
539	new balance	yellow	slip on
540	new balance	orange	slip on
541	new balance	pink	slip on
542	new balance	red	slip on
543	new balance	burgundy	slip on
544	new balance	other	slip on
545	new balance	black	trainer
546	new balance	grey	trainer
547	new balance	white	trainer
548	new balance	ivory	trainer
549	new balance	beige	trainer
550	new balance	brown	trainer
551	new balance	metallic	trainer
552	new balance	purple	trainer
553	new balance	blue	trainer
554	new balance	green	trainer
555	new balance	yellow	trainer
556	new balance	orange	trainer
557	new balance	pink	trainer
558	new balance	red	trainer
559	new balance	burgundy	trainer
560	new balance	other	trainer
561	new balance	black	racer
562	new balance	grey	racer
563	new balance	white	racer
564	new balance	ivory	racer
565	new balance	beige	racer
566	new balance	brown	racer
567	new balance	metallic	racer
568	new balance	purple	racer
569	new balance	blue	racer
570	new balance	green	racer
571	new balance	yellow	racer
572	new balance	orange	racer
573	new balance	pink	racer
574	new balance	red	racer
575	new balance	burgundy	racer
576	new balance	other	racer
577	asics	black	runner
578	asics	grey	runner
579	asics	white	runner
580	asics	ivory	runner
581	asics	beige	runner
582	asics	brown	runner
583	asics	metallic	runner
584	asics	purple	runner
585	asics	blue	runner
586	asics	green	runner
587	asics	yellow	runner
588	asics	orange	runner
589	asics	pink	runner
590	asics	red	runner
591	asics	burgundy	runner
592	asics	other	runner
593	asics	black	classic
594	asics	grey	classic
595	asics	white	classic
596	asics	ivory	classic
597	asics	beige	classic
598	asics	brown	classic
599	asics	metallic	classic
600	asics	purple	classic
601	asics	blue	classic
602	asics	green	classic
603	asics	yellow	classic
604	asics	orange	classic
605	asics	pink	classic
606	asics	red	classic
607	asics	burgundy	classic
608	asics	other	classic
609	asics	black	high top
610	asics	grey	high top
611	asics	white	high top
612	asics	ivory	high top
613	asics	beige	high top
614	asics	brown	high top
615	asics	metallic	high top
616	asics	purple	high top
617	asics	blue	high top
618	asics	green	high top
619	asics	yellow	high top
620	asics	orange	high top
621	asics	pink	high top
622	asics	red	high top
623	asics	burgundy	high top
624	asics	other	high top
625	asics	black	low
626	asics	grey	low
627	asics	white	low
628	asics	ivory	low
629	asics	beige	low
630	asics	brown	low
631	asics	metallic	low
632	asics	purple	low
633	asics	blue	low
634	asics	green	low
635	asics	yellow	low
636	asics	orange	low
637	asics	pink	low
638	asics	red	low
639	asics	burgundy	low
640	asics	other	low
641	asics	black	trail
642	asics	grey	trail
643	asics	white	trail
644	asics	ivory	trail
645	asics	beige	trail
646	asics	brown	trail
647	asics	metallic	trail
648	asics	purple	trail
649	asics	blue	trail
650	asics	green	trail
651	asics	yellow	trail
652	asics	orange	trail
653	asics	pink	trail
654	asics	red	trail
655	asics	burgundy	trail
656	asics	other	trail
657	asics	black	court
658	asics	grey	court
659	asics	white	court
660	asics	ivory	court
661	asics	beige	court
662	asics	brown	court
663	asics	metallic	court
664	asics	purple	court
665	asics	blue	court
666	asics	green	court
667	asics	yellow	court
668	asics	orange	court
669	asics	pink	court
670	asics	red	court
671	asics	burgundy	court
672	asics	other	court
673	asics	black	boot
674	asics	grey	boot
675	asics	white	boot
676	asics	ivory	boot
677	asics	beige	boot
678	asics	brown	boot
679	asics	metallic	boot
680	asics	purple	boot
681	asics	blue	boot
682	asics	green	boot
683	asics	yellow	boot
684	asics	orange	boot
685	asics	pink	boot
686	asics	red	boot
687	asics	burgundy	boot
688	asics	other	boot
689	asics	black	loafer
690	asics	grey	loafer
691	asics	white	loafer
692	asics	ivory	loafer
693	asics	beige	loafer
694	asics	brown	loafer
695	asics	metallic	loafer
696	asics	purple	loafer
697	asics	blue	loafer
698	asics	green	loafer
699	asics	yellow	loafer
700	asics	orange	loafer
701	asics	pink	loafer
702	asics	red	loafer
703	asics	burgundy	loafer
704	asics	other	loafer
705	asics	black	sandal
706	asics	grey	sandal
707	asics	white	sandal
708	asics	ivory	sandal
709	asics	beige	sandal
710	asics	brown	sandal
711	asics	metallic	sandal
712	asics	purple	sandal
713	asics	blue	sandal
714	asics	green	sandal
715	asics	yellow	sandal
716	asics	orange	sandal
717	asics	pink	sandal
718	asics	red	sandal
719	asics	burgundy	sandal
720	asics	other	sandal
721	asics	black	slip on
722	asics	grey	slip on
723	asics	white	slip on
724	asics	ivory	slip on
725	asics	beige	slip on
726	asics	brown	slip on
727	asics	metallic	slip on
728	asics	purple	slip on
729	asics	blue	slip on
730	asics	green	slip on
731	asics	yellow	slip on
732	asics	orange	slip on
733	asics	pink	slip on
734	asics	red	slip on
735	asics	burgundy	slip on
736	asics	other	slip on
737	asics	black	trainer
738	asics	grey	trainer
739	asics	white	trainer
740	asics	ivory	trainer
741	asics	beige	trainer
742	asics	brown	trainer
743	asics	metallic	trainer
744	asics	purple	trainer
745	asics	blue	trainer
746	asics	green	trainer
747	asics	yellow	trainer
748	asics	orange	trainer
749	asics	pink	trainer
750	asics	red	trainer
751	asics	burgundy	trainer
752	asics	other	trainer
753	asics	black	racer
754	asics	grey	racer
755	asics	white	racer
756	asics	ivory	racer
757	asics	beige	racer
758	asics	brown	racer
759	asics	metallic	racer
760	asics	purple	racer
761	asics	blue	racer
762	asics	green	racer
763	asics	yellow	racer
764	asics	orange	racer
765	asics	pink	racer
766	asics	red	racer
767	asics	burgundy	racer
768	asics	other	racer
769	puma	black	runner
770	puma	grey	runner
771	puma	white	runner
772	puma	ivory	runner
773	puma	beige	runner
774	puma	brown	runner
775	puma	metallic	runner
776	puma	purple	runner
777	puma	blue	runner
778	puma	green	runner
779	puma	yellow	runner
780	puma	orange	runner
781	puma	pink	runner
782	puma	red	runner
783	puma	burgundy	runner
784	puma	other	runner
785	puma	black	classic
786	puma	grey	classic
787	puma	white	classic
788	puma	ivory	classic
789	puma	beige	classic
790	puma	brown	classic
791	puma	metallic	classic
792	puma	purple	classic
793	puma	blue	classic
794	puma	green	classic
795	puma	yellow	classic
796	puma	orange	classic
797	puma	pink	classic
798	puma	red	classic
799	puma	burgundy	classic
800	puma	other	classic
801	puma	black	high top
802	puma	grey	high top
803	puma	white	high top
804	puma	ivory	high top
805	puma	beige	high top
806	puma	brown	high top
807	puma	metallic	high top
808	puma	purple	high top
809	puma	blue	high top
810	puma	green	high top
811	puma	yellow	high top
812	puma	orange	high top
813	puma	pink	high top
814	puma	red	high top
815	puma	burgundy	high top
816	puma	other	high top
817	puma	black	low
818	puma	grey	low
819	puma	white	low
820	puma	ivory	low
821	puma	beige	low
822	puma	brown	low
823	puma	metallic	low
824	puma	purple	low
825	puma	blue	low
826	puma	green	low
827	puma	yellow	low
828	puma	orange	low
829	puma	pink	low
830	puma	red	low
831	puma	burgundy	low
832	puma	other	low
833	puma	black	trail
834	puma	grey	trail
835	puma	white	trail
836	puma	ivory	trail
837	puma	beige	trail
838	puma	brown	trail
839	puma	metallic	trail
840	puma	purple	trail
841	puma	blue	trail
842	puma	green	trail
843	puma	yellow	trail
844	puma	orange	trail
845	puma	pink	trail
846	puma	red	trail
847	puma	burgundy	trail
848	puma	other	trail
849	puma	black	court
850	puma	grey	court
851	puma	white	court
852	puma	ivory	court
853	puma	beige	court
854	puma	brown	court
855	puma	metallic	court
856	puma	purple	court
857	puma	blue	court
858	puma	green	court
859	puma	yellow	court
860	puma	orange	court
861	puma	pink	court
862	puma	red	court
863	puma	burgundy	court
864	puma	other	court
865	puma	black	boot
866	puma	grey	boot
867	puma	white	boot
868	puma	ivory	boot
869	puma	beige	boot
870	puma	brown	boot
871	puma	metallic	boot
872	puma	purple	boot
873	puma	blue	boot
874	puma	green	boot
875	puma	yellow	boot
876	puma	orange	boot
877	puma	pink	boot
878	puma	red	boot
879	puma	burgundy	boot
880	puma	other	boot
881	puma	black	loafer
882	puma	grey	loafer
883	puma	white	loafer
884	puma	ivory	loafer
885	puma	beige	loafer
886	puma	brown	loafer
887	puma	metallic	loafer
888	puma	purple	loafer
889	puma	blue	loafer
890	puma	green	loafer
891	puma	yellow	loafer
892	puma	orange	loafer
893	puma	pink	loafer
894	puma	red	loafer
895	puma	burgundy	loafer
896	puma	other	loafer
897	puma	black	sandal
898	puma	grey	sandal
899	puma	white	sandal
900	puma	ivory	sandal
901	puma	beige	sandal
902	puma	brown	sandal
903	puma	metallic	sandal
904	puma	purple	sandal
905	puma	blue	sandal
906	puma	green	sandal
907	puma	yellow	sandal
908	puma	orange	sandal
909	puma	pink	sandal
910	puma	red	sandal
911	puma	burgundy	sandal
912	puma	other	sandal
913	puma	black	slip on
914	puma	grey	slip on
915	puma	white	slip on
916	puma	ivory	slip on
917	puma	beige	slip on
918	puma	brown	slip on
919	puma	metallic	slip on
920	puma	purple	slip on
921	puma	blue	slip on
922	puma	green	slip on
923	puma	yellow	slip on
924	puma	orange	slip on
925	puma	pink	slip on
926	puma	red	slip on
927	puma	burgundy	slip on
928	puma	other	slip on
929	puma	black	trainer
930	puma	grey	trainer
931	puma	white	trainer
932	puma	ivory	trainer
933	puma	beige	trainer
934	puma	brown	trainer
935	puma	metallic	trainer
936	puma	purple	trainer
937	puma	blue	trainer
938	puma	green	trainer
939	puma	yellow	trainer
940	puma	orange	trainer
941	puma	pink	trainer
942	puma	red	trainer
943	puma	burgundy	trainer
944	puma	other	trainer
945	puma	black	racer
946	puma	grey	racer
947	puma	white	racer
948	puma	ivory	racer
949	puma	beige	racer
950	puma	brown	racer
951	puma	metallic	racer
952	puma	purple	racer
953	puma	blue	racer
954	puma	green	racer
955	puma	yellow	racer
956	puma	orange	racer
957	puma	pink	racer
958	puma	red	racer
959	puma	burgundy	racer
960	puma	other	racer
961	reebok	black	runner
962	reebok	grey	runner
963	reebok	white	runner
964	reebok	ivory	runner
965	reebok	beige	runner
966	reebok	brown	runner
967	reebok	metallic	runner
968	reebok	purple	runner
969	reebok	blue	runner
970	reebok	green	runner
971	reebok	yellow	runner
972	reebok	orange	runner
973	reebok	pink	runner
974	reebok	red	runner
975	reebok	burgundy	runner
976	reebok	other	runner
977	reebok	black	classic
978	reebok	grey	classic
979	reebok	white	classic
980	reebok	ivory	classic
981	reebok	beige	classic
982	reebok	brown	classic
983	reebok	metallic	classic
984	reebok	purple	classic
985	reebok	blue	classic
986	reebok	green	classic
987	reebok	yellow	classic
988	reebok	orange	classic
989	reebok	pink	classic
990	reebok	red	classic
991	reebok	burgundy	classic
992	reebok	other	classic
993	reebok	black	high top
994	reebok	grey	high top
995	reebok	white	high top
996	reebok	ivory	high top
997	reebok	beige	high top
998	reebok	brown	high top
999	reebok	metallic	high top
1000	reebok	purple	high top
1001	reebok	blue	high top
1002	reebok	green	high top
1003	reebok	yellow	high top
1004	reebok	orange	high top
1005	reebok	pink	high top
1006	reebok	red	high top
1007	reebok	burgundy	high top
1008	reebok	other	high top
1009	reebok	black	low
1010	reebok	grey	low
1011	reebok	white	low
1012	reebok	ivory	low
1013	reebok	beige	low
1014	reebok	brown	low
1015	reebok	metallic	low
1016	reebok	purple	low
1017	reebok	blue	low
1018	reebok	green	low
1019	reebok	yellow	low
1020	reebok	orange	low
1021	reebok	pink	low
1022	reebok	red	low
1023	reebok	burgundy	low
1024	reebok	other	low
1025	reebok	black	trail
1026	reebok	grey	trail
1027	reebok	white	trail
1028	reebok	ivory	trail
1029	reebok	beige	trail
1030	reebok	brown	trail
1031	reebok	metallic	trail
1032	reebok	purple	trail
1033	reebok	blue	trail
1034	reebok	green	trail
1035	reebok	yellow	trail
1036	reebok	orange	trail
1037	reebok	pink	trail
1038	reebok	red	trail
1039	reebok	burgundy	trail
1040	reebok	other	trail
1041	reebok	black	court
1042	reebok	grey	court
1043	reebok	white	court
1044	reebok	ivory	court
1045	reebok	beige	court
1046	reebok	brown	court
1047	reebok	metallic	court
1048	reebok	purple	court
1049	reebok	blue	court
1050	reebok	green	court
1051	reebok	yellow	court
1052	reebok	orange	court
1053	reebok	pink	court
1054	reebok	red	court
1055	reebok	burgundy	court
1056	reebok	other	court
1057	reebok	black	boot
1058	reebok	grey	boot
1059	reebok	white	boot
1060	reebok	ivory	boot
1061	reebok	beige	boot
1062	reebok	brown	boot
1063	reebok	metallic	boot
1064	reebok	purple	boot
1065	reebok	blue	boot
1066	reebok	green	boot
1067	reebok	yellow	boot
1068	reebok	orange	boot
1069	reebok	pink	boot
1070	reebok	red	boot
1071	reebok	burgundy	boot
1072	reebok	other	boot
1073	reebok	black	loafer
1074	reebok	grey	loafer
1075	reebok	white	loafer
1076	reebok	ivory	loafer
1077	reebok	beige	loafer
1078	reebok	brown	loafer
1079	reebok	metallic	loafer
1080	reebok	purple	loafer
1081	reebok	blue	loafer
1082	reebok	green	loafer
1083	reebok	yellow	loafer
1084	reebok	orange	loafer
1085	reebok	pink	loafer
1086	reebok	red	loafer
1087	reebok	burgundy	loafer
1088	reebok	other	loafer
1089	reebok	black	sandal
1090	reebok	grey	sandal
1091	reebok	white	sandal
1092	reebok	ivory	sandal
1093	reebok	beige	sandal
1094	reebok	brown	sandal
1095	reebok	metallic	sandal
1096	reebok	purple	sandal
1097	reebok	blue	sandal
1098	reebok	green	sandal
1099	reebok	yellow	sandal
1100	reebok	orange	sandal
1101	reebok	pink	sandal
1102	reebok	red	sandal
1103	reebok	burgundy	sandal
1104	reebok	other	sandal
1105	reebok	black	slip on
1106	reebok	grey	slip on
1107	reebok	white	slip on
1108	reebok	ivory	slip on
1109	reebok	beige	slip on
1110	reebok	brown	slip on
1111	reebok	metallic	slip on
1112	reebok	purple	slip on
1113	reebok	blue	slip on
1114	reebok	green	slip on
1115	reebok	yellow	slip on
1116	reebok	orange	slip on
1117	reebok	pink	slip on
1118	reebok	red	slip on
1119	reebok	burgundy	slip on
1120	reebok	other	slip on
1121	reebok	black	trainer
1122	reebok	grey	trainer
1123	reebok	white	trainer
1124	reebok	ivory	trainer
1125	reebok	beige	trainer
1126	reebok	brown	trainer
1127	reebok	metallic	trainer
1128	reebok	purple	trainer
1129	reebok	blue	trainer
1130	reebok	green	trainer
1131	reebok	yellow	trainer
1132	reebok	orange	trainer
1133	reebok	pink	trainer
1134	reebok	red	trainer
1135	reebok	burgundy	trainer
1136	reebok	other	trainer
1137	reebok	black	racer
1138	reebok	grey	racer
1139	reebok	white	racer
1140	reebok	ivory	racer
1141	reebok	beige	racer
1142	reebok	brown	racer
1143	reebok	metallic	racer
1144	reebok	purple	racer
1145	reebok	blue	racer
1146	reebok	green	racer
1147	reebok	yellow	racer
1148	reebok	orange	racer
1149	reebok	pink	racer
1150	reebok	red	racer
1151	reebok	burgundy	racer
1152	reebok	other	racer
1153	vans	black	runner
1154	vans	grey	runner
1155	vans	white	runner
1156	vans	ivory	runner
1157	vans	beige	runner
1158	vans	brown	runner
1159	vans	metallic	runner
1160	vans	purple	runner
1161	vans	blue	runner
1162	vans	green	runner
1163	vans	yellow	runner
1164	vans	orange	runner
1165	vans	pink	runner
1166	vans	red	runner
1167	vans	burgundy	runner
1168	vans	other	runner
1169	vans	black	classic
1170	vans	grey	classic
1171	vans	white	classic
1172	vans	ivory	classic
1173	vans	beige	classic
1174	vans	brown	classic
1175	vans	metallic	classic
1176	vans	purple	classic
1177	vans	blue	classic
1178	vans	green	classic
1179	vans	yellow	classic
1180	vans	orange	classic
1181	vans	pink	classic
1182	vans	red	classic
1183	vans	burgundy	classic
1184	vans	other	classic
1185	vans	black	high top
1186	vans	grey	high top
1187	vans	white	high top
1188	vans	ivory	high top
1189	vans	beige	high top
1190	vans	brown	high top
1191	vans	metallic	high top
1192	vans	purple	high top
1193	vans	blue	high top
1194	vans	green	high top
1195	vans	yellow	high top
1196	vans	orange	high top
1197	vans	pink	high top
1198	vans	red	high top
1199	vans	burgundy	high top
1200	vans	other	high top
1201	vans	black	low
1202	vans	grey	low
1203	vans	white	low
1204	vans	ivory	low
1205	vans	beige	low
1206	vans	brown	low
1207	vans	metallic	low
1208	vans	purple	low
1209	vans	blue	low
1210	vans	green	low
1211	vans	yellow	low
1212	vans	orange	low
1213	vans	pink	low
1214	vans	red	low
1215	vans	burgundy	low
1216	vans	other	low
1217	vans	black	trail
1218	vans	grey	trail
1219	vans	white	trail
1220	vans	ivory	trail
1221	vans	beige	trail
1222	vans	brown	trail
1223	vans	metallic	trail
1224	vans	purple	trail
1225	vans	blue	trail
1226	vans	green	trail
1227	vans	yellow	trail
1228	vans	orange	trail
1229	vans	pink	trail
1230	vans	red	trail
1231	vans	burgundy	trail
1232	vans	other	trail
1233	vans	black	court
1234	vans	grey	court
1235	vans	white	court
1236	vans	ivory	court
1237	vans	beige	court
1238	vans	brown	court
1239	vans	metallic	court
1240	vans	purple	court
1241	vans	blue	court
1242	vans	green	court
1243	vans	yellow	court
1244	vans	orange	court
1245	vans	pink	court
1246	vans	red	court
1247	vans	burgundy	court
1248	vans	other	court
1249	vans	black	boot
1250	vans	grey	boot
1251	vans	white	boot
1252	vans	ivory	boot
1253	vans	beige	boot
1254	vans	brown	boot
1255	vans	metallic	boot
1256	vans	purple	boot
1257	vans	blue	boot
1258	vans	green	boot
1259	vans	yellow	boot
1260	vans	orange	boot
1261	vans	pink	boot
1262	vans	red	boot
1263	vans	burgundy	boot
1264	vans	other	boot
1265	vans	black	loafer
1266	vans	grey	loafer
1267	vans	white	loafer
1268	vans	ivory	loafer
1269	vans	beige	loafer
1270	vans	brown	loafer
1271	vans	metallic	loafer
1272	vans	purple	loafer
1273	vans	blue	loafer
1274	vans	green	loafer
1275	vans	yellow	loafer
1276	vans	orange	loafer
1277	vans	pink	loafer
1278	vans	red	loafer
1279	vans	burgundy	loafer
1280	vans	other	loafer
1281	vans	black	sandal
1282	vans	grey	sandal
1283	vans	white	sandal
1284	vans	ivory	sandal
1285	vans	beige	sandal
1286	vans	brown	sandal
1287	vans	metallic	sandal
1288	vans	purple	sandal
1289	vans	blue	sandal
1290	vans	green	sandal
1291	vans	yellow	sandal
1292	vans	orange	sandal
1293	vans	pink	sandal
1294	vans	red	sandal
1295	vans	burgundy	sandal
1296	vans	other	sandal
1297	vans	black	slip on
1298	vans	grey	slip on
1299	vans	white	slip on
1300	vans	ivory	slip on
1301	vans	beige	slip on
1302	vans	brown	slip on
1303	vans	metallic	slip on
1304	vans	purple	slip on
1305	vans	blue	slip on
1306	vans	green	slip on
1307	vans	yellow	slip on
1308	vans	orange	slip on
1309	vans	pink	slip on
1310	vans	red	slip on
1311	vans	burgundy	slip on
1312	vans	other	slip on
1313	vans	black	trainer
1314	vans	grey	trainer
1315	vans	white	trainer
1316	vans	ivory	trainer
1317	vans	beige	trainer
1318	vans	brown	trainer
1319	vans	metallic	trainer
1320	vans	purple	trainer
1321	vans	blue	trainer
1322	vans	green	trainer
1323	vans	yellow	trainer
1324	vans	orange	trainer
1325	vans	pink	trainer
1326	vans	red	trainer
1327	vans	burgundy	trainer
1328	vans	other	trainer
1329	vans	black	racer
1330	vans	grey	racer
1331	vans	white	racer
1332	vans	ivory	racer
1333	vans	beige	racer
1334	vans	brown	racer
1335	vans	metallic	racer
1336	vans	purple	racer
1337	vans	blue	racer
1338	vans	green	racer
1339	vans	yellow	racer
1340	vans	orange	racer
1341	vans	pink	racer
1342	vans	red	racer
1343	vans	burgundy	racer
1344	vans	other	racer
1345	converse	black	runner
1346	converse	grey	runner
1347	converse	white	runner
1348	converse	ivory	runner
1349	converse	beige	runner
1350	converse	brown	runner
1351	converse	metallic	runner
1352	converse	purple	runner
1353	converse	blue	runner
1354	converse	green	runner
1355	converse	yellow	runner
1356	converse	orange	runner
1357	converse	pink	runner
1358	converse	red	runner
1359	converse	burgundy	runner
1360	converse	other	runner
1361	converse	black	classic
1362	converse	grey	classic
1363	converse	white	classic
1364	converse	ivory	classic
1365	converse	beige	classic
1366	converse	brown	classic
1367	converse	metallic	classic
1368	converse	purple	classic
1369	converse	blue	classic
1370	converse	green	classic
1371	converse	yellow	classic
1372	converse	orange	classic
1373	converse	pink	classic
1374	converse	red	classic
1375	converse	burgundy	classic
1376	converse	other	classic
1377	converse	black	high top
1378	converse	grey	high top
1379	converse	white	high top
1380	converse	ivory	high top
1381	converse	beige	high top
1382	converse	brown	high top
1383	converse	metallic	high top
1384	converse	purple	high top
1385	converse	blue	high top
1386	converse	green	high top
1387	converse	yellow	high top
1388	converse	orange	high top
1389	converse	pink	high top
1390	converse	red	high top
1391	converse	burgundy	high top
1392	converse	other	high top
1393	converse	black	low
1394	converse	grey	low
1395	converse	white	low
1396	converse	ivory	low
1397	converse	beige	low
1398	converse	brown	low
1399	converse	metallic	low
1400	converse	purple	low
1401	converse	blue	low
1402	converse	green	low
1403	converse	yellow	low
1404	converse	orange	low
1405	converse	pink	low
1406	converse	red	low
1407	converse	burgundy	low
1408	converse	other	low
1409	converse	black	trail
1410	converse	grey	trail
1411	converse	white	trail
1412	converse	ivory	trail
1413	converse	beige	trail
1414	converse	brown	trail
1415	converse	metallic	trail
1416	converse	purple	trail
1417	converse	blue	trail
1418	converse	green	trail
1419	converse	yellow	trail
1420	converse	orange	trail
1421	converse	pink	trail
1422	converse	red	trail
1423	converse	burgundy	trail
1424	converse	other	trail
1425	converse	black	court
1426	converse	grey	court
1427	converse	white	court
1428	converse	ivory	court
1429	converse	beige	court
1430	converse	brown	court
1431	converse	metallic	court
1432	converse	purple	court
1433	converse	blue	court
1434	converse	green	court
1435	converse	yellow	court
1436	converse	orange	court
1437	converse	pink	court
1438	converse	red	court
1439	converse	burgundy	court
1440	converse	other	court
1441	converse	black	boot
1442	converse	grey	boot
1443	converse	white	boot
1444	converse	ivory	boot
1445	converse	beige	boot
1446	converse	brown	boot
1447	converse	metallic	boot
1448	converse	purple	boot
1449	converse	blue	boot
1450	converse	green	boot
1451	converse	yellow	boot
1452	converse	orange	boot
1453	converse	pink	boot
1454	converse	red	boot
1455	converse	burgundy	boot
1456	converse	other	boot
1457	converse	black	loafer
1458	converse	grey	loafer
1459	converse	white	loafer
1460	converse	ivory	loafer
1461	converse	beige	loafer
1462	converse	brown	loafer
1463	converse	metallic	loafer
1464	converse	purple	loafer
1465	converse	blue	loafer
1466	converse	green	loafer
1467	converse	yellow	loafer
1468	converse	orange	loafer
1469	converse	pink	loafer
1470	converse	red	loafer
1471	converse	burgundy	loafer
1472	converse	other	loafer
1473	converse	black	sandal
1474	converse	grey	sandal
1475	converse	white	sandal
1476	converse	ivory	sandal
1477	converse	beige	sandal
1478	converse	brown	sandal
1479	converse	metallic	sandal
1480	converse	purple	sandal
1481	converse	blue	sandal
1482	converse	green	sandal
1483	converse	yellow	sandal
1484	converse	orange	sandal
1485	converse	pink	sandal
1486	converse	red	sandal
1487	converse	burgundy	sandal
1488	converse	other	sandal
1489	converse	black	slip on
1490	converse	grey	slip on
1491	converse	white	slip on
1492	converse	ivory	slip on
1493	converse	beige	slip on
1494	converse	brown	slip on
1495	converse	metallic	slip on
1496	converse	purple	slip on
1497	converse	blue	slip on
1498	converse	green	slip on
1499	converse	yellow	slip on
1500	converse	orange	slip on
1501	converse	pink	slip on
1502	converse	red	slip on
1503	converse	burgundy	slip on
1504	converse	other	slip on
1505	converse	black	trainer
1506	converse	grey	trainer
1507	converse	white	trainer
1508	converse	ivory	trainer
1509	converse	beige	trainer
1510	converse	brown	trainer
1511	converse	metallic	trainer
1512	converse	purple	trainer
1513	converse	blue	trainer
1514	converse	green	trainer
1515	converse	yellow	trainer
1516	converse	orange	trainer
1517	converse	pink	trainer
1518	converse	red	trainer
1519	converse	burgundy	trainer
1520	converse	other	trainer
1521	converse	black	racer
1522	converse	grey	racer
1523	converse	white	racer
1524	converse	ivory	racer
1525	converse	beige	racer
1526	converse	brown	racer
1527	converse	metallic	racer
1528	converse	purple	racer
1529	converse	blue	racer
1530	converse	green	racer
1531	converse	yellow	racer
1532	converse	orange	racer
1533	converse	pink	racer
1534	converse	red	racer
1535	converse	burgundy	racer
1536	converse	other	racer
1537	salomon	black	runner
1538	salomon	grey	runner
1539	salomon	white	runner
1540	salomon	ivory	runner
1541	salomon	beige	runner
1542	salomon	brown	runner
1543	salomon	metallic	runner
1544	salomon	purple	runner
1545	salomon	blue	runner
1546	salomon	green	runner
1547	salomon	yellow	runner
1548	salomon	orange	runner
1549	salomon	pink	runner
1550	salomon	red	runner
1551	salomon	burgundy	runner
1552	salomon	other	runner
1553	salomon	black	classic
1554	salomon	grey	classic
1555	salomon	white	classic
1556	salomon	ivory	classic
1557	salomon	beige	classic
1558	salomon	brown	classic
1559	salomon	metallic	classic
1560	salomon	purple	classic
1561	salomon	blue	classic
1562	salomon	green	classic
1563	salomon	yellow	classic
1564	salomon	orange	classic
1565	salomon	pink	classic
1566	salomon	red	classic
1567	salomon	burgundy	classic
1568	salomon	other	classic
1569	salomon	black	high top
1570	salomon	grey	high top
1571	salomon	white	high top
1572	salomon	ivory	high top
1573	salomon	beige	high top
1574	salomon	brown	high top
1575	salomon	metallic	high top
1576	salomon	purple	high top
1577	salomon	blue	high top
1578	salomon	green	high top
1579	salomon	yellow	high top
1580	salomon	orange	high top
1581	salomon	pink	high top
1582	salomon	red	high top
1583	salomon	burgundy	high top
1584	salomon	other	high top
1585	salomon	black	low
1586	salomon	grey	low
1587	salomon	white	low
1588	salomon	ivory	low
1589	salomon	beige	low
1590	salomon	brown	low
1591	salomon	metallic	low
1592	salomon	purple	low
1593	salomon	blue	low
1594	salomon	green	low
1595	salomon	yellow	low
1596	salomon	orange	low
1597	salomon	pink	low
1598	salomon	red	low
1599	salomon	burgundy	low
1600	salomon	other	low
1601	salomon	black	trail
1602	salomon	grey	trail
1603	salomon	white	trail
1604	salomon	ivory	trail
1605	salomon	beige	trail
1606	salomon	brown	trail
1607	salomon	metallic	trail
1608	salomon	purple	trail
1609	salomon	blue	trail
1610	salomon	green	trail
1611	salomon	yellow	trail
1612	salomon	orange	trail
1613	salomon	pink	trail
1614	salomon	red	trail
1615	salomon	burgundy	trail
1616	salomon	other	trail
1617	salomon	black	court
1618	salomon	grey	court
1619	salomon	white	court
1620	salomon	ivory	court
1621	salomon	beige	court
1622	salomon	brown	court
1623	salomon	metallic	court
1624	salomon	purple	court
1625	salomon	blue	court
1626	salomon	green	court
1627	salomon	yellow	court
1628	salomon	orange	court
1629	salomon	pink	court
1630	salomon	red	court
1631	salomon	burgundy	court
1632	salomon	other	court
1633	salomon	black	boot
1634	salomon	grey	boot
1635	salomon	white	boot
1636	salomon	ivory	boot
1637	salomon	beige	boot
1638	salomon	brown	boot
1639	salomon	metallic	boot
1640	salomon	purple	boot
1641	salomon	blue	boot
1642	salomon	green	boot
1643	salomon	yellow	boot
1644	salomon	orange	boot
1645	salomon	pink	boot
1646	salomon	red	boot
1647	salomon	burgundy	boot
1648	salomon	other	boot
1649	salomon	black	loafer
1650	salomon	grey	loafer
1651	salomon	white	loafer
1652	salomon	ivory	loafer
1653	salomon	beige	loafer
1654	salomon	brown	loafer
1655	salomon	metallic	loafer
1656	salomon	purple	loafer
1657	salomon	blue	loafer
1658	salomon	green	loafer
1659	salomon	yellow	loafer
1660	salomon	orange	loafer
1661	salomon	pink	loafer
1662	salomon	red	loafer
1663	salomon	burgundy	loafer
1664	salomon	other	loafer
1665	salomon	black	sandal
1666	salomon	grey	sandal
1667	salomon	white	sandal
1668	salomon	ivory	sandal
1669	salomon	beige	sandal
1670	salomon	brown	sandal
1671	salomon	metallic	sandal
1672	salomon	purple	sandal
1673	salomon	blue	sandal
1674	salomon	green	sandal
1675	salomon	yellow	sandal
1676	salomon	orange	sandal
1677	salomon	pink	sandal
1678	salomon	red	sandal
1679	salomon	burgundy	sandal
1680	salomon	other	sandal
1681	salomon	black	slip on
1682	salomon	grey	slip on
1683	salomon	white	slip on
1684	salomon	ivory	slip on
1685	salomon	beige	slip on
1686	salomon	brown	slip on
1687	salomon	metallic	slip on
1688	salomon	purple	slip on
1689	salomon	blue	slip on
1690	salomon	green	slip on
1691	salomon	yellow	slip on
1692	salomon	orange	slip on
1693	salomon	pink	slip on
1694	salomon	red	slip on
1695	salomon	burgundy	slip on
1696	salomon	other	slip on
1697	salomon	black	trainer
1698	salomon	grey	trainer
1699	salomon	white	trainer
1700	salomon	ivory	trainer
1701	salomon	beige	trainer
1702	salomon	brown	trainer
1703	salomon	metallic	trainer
1704	salomon	purple	trainer
1705	salomon	blue	trainer
1706	salomon	green	trainer
1707	salomon	yellow	trainer
1708	salomon	orange	trainer
1709	salomon	pink	trainer
1710	salomon	red	trainer
1711	salomon	burgundy	trainer
1712	salomon	other	trainer
1713	salomon	black	racer
1714	salomon	grey	racer
1715	salomon	white	racer
1716	salomon	ivory	racer
1717	salomon	beige	racer
1718	salomon	brown	racer
1719	salomon	metallic	racer
1720	salomon	purple	racer
1721	salomon	blue	racer
1722	salomon	green	racer
1723	salomon	yellow	racer
1724	salomon	orange	racer
1725	salomon	pink	racer
1726	salomon	red	racer
1727	salomon	burgundy	racer
1728	salomon	other	racer
1729	hoka	black	runner
1730	hoka	grey	runner
1731	hoka	white	runner
1732	hoka	ivory	runner
1733	hoka	beige	runner
1734	hoka	brown	runner
1735	hoka	metallic	runner
1736	hoka	purple	runner
1737	hoka	blue	runner
1738	hoka	green	runner
1739	hoka	yellow	runner
1740	hoka	orange	runner
1741	hoka	pink	runner
1742	hoka	red	runner
1743	hoka	burgundy	runner
1744	hoka	other	runner
1745	hoka	black	classic
1746	hoka	grey	classic
1747	hoka	white	classic
1748	hoka	ivory	classic
1749	hoka	beige	classic
1750	hoka	brown	classic
1751	hoka	metallic	classic
1752	hoka	purple	classic
1753	hoka	blue	classic
1754	hoka	green	classic
1755	hoka	yellow	classic
1756	hoka	orange	classic
1757	hoka	pink	classic
1758	hoka	red	classic
1759	hoka	burgundy	classic
1760	hoka	other	classic
1761	hoka	black	high top
1762	hoka	grey	high top
1763	hoka	white	high top
1764	hoka	ivory	high top
1765	hoka	beige	high top
1766	hoka	brown	high top
1767	hoka	metallic	high top
1768	hoka	purple	high top
1769	hoka	blue	high top
1770	hoka	green	high top
1771	hoka	yellow	high top
1772	hoka	orange	high top
1773	hoka	pink	high top
1774	hoka	red	high top
1775	hoka	burgundy	high top
1776	hoka	other	high top
1777	hoka	black	low
1778	hoka	grey	low
1779	hoka	white	low
1780	hoka	ivory	low
1781	hoka	beige	low
1782	hoka	brown	low
1783	hoka	metallic	low
1784	hoka	purple	low
1785	hoka	blue	low
1786	hoka	green	low
1787	hoka	yellow	low
1788	hoka	orange	low
1789	hoka	pink	low
1790	hoka	red	low
1791	hoka	burgundy	low
1792	hoka	other	low
1793	hoka	black	trail
1794	hoka	grey	trail
1795	hoka	white	trail
1796	hoka	ivory	trail
1797	hoka	beige	trail
1798	hoka	brown	trail
1799	hoka	metallic	trail
1800	hoka	purple	trail
1801	hoka	blue	trail
1802	hoka	green	trail
1803	hoka	yellow	trail
1804	hoka	orange	trail
1805	hoka	pink	trail
1806	hoka	red	trail
1807	hoka	burgundy	trail
1808	hoka	other	trail
1809	hoka	black	court
1810	hoka	grey	court
1811	hoka	white	court
1812	hoka	ivory	court
1813	hoka	beige	court
1814	hoka	brown	court
1815	hoka	metallic	court
1816	hoka	purple	court
1817	hoka	blue	court
1818	hoka	green	court
1819	hoka	yellow	court
1820	hoka	orange	court
1821	hoka	pink	court
1822	hoka	red	court
1823	hoka	burgundy	court
1824	hoka	other	court
1825	hoka	black	boot
1826	hoka	grey	boot
1827	hoka	white	boot
1828	hoka	ivory	boot
1829	hoka	beige	boot
1830	hoka	brown	boot
1831	hoka	metallic	boot
1832	hoka	purple	boot
1833	hoka	blue	boot
1834	hoka	green	boot
1835	hoka	yellow	boot
1836	hoka	orange	boot
1837	hoka	pink	boot
1838	hoka	red	boot
1839	hoka	burgundy	boot
1840	hoka	other	boot
1841	hoka	black	loafer
1842	hoka	grey	loafer
1843	hoka	white	loafer
1844	hoka	ivory	loafer
1845	hoka	beige	loafer
1846	hoka	brown	loafer
1847	hoka	metallic	loafer
1848	hoka	purple	loafer
1849	hoka	blue	loafer
1850	hoka	green	loafer
1851	hoka	yellow	loafer
1852	hoka	orange	loafer
1853	hoka	pink	loafer
1854	hoka	red	loafer
1855	hoka	burgundy	loafer
1856	hoka	other	loafer
1857	hoka	black	sandal
1858	hoka	grey	sandal
1859	hoka	white	sandal
1860	hoka	ivory	sandal
1861	hoka	beige	sandal
1862	hoka	brown	sandal
1863	hoka	metallic	sandal
1864	hoka	purple	sandal
1865	hoka	blue	sandal
1866	hoka	green	sandal
1867	hoka	yellow	sandal
1868	hoka	orange	sandal
1869	hoka	pink	sandal
1870	hoka	red	sandal
1871	hoka	burgundy	sandal
1872	hoka	other	sandal
1873	hoka	black	slip on
1874	hoka	grey	slip on
1875	hoka	white	slip on
1876	hoka	ivory	slip on
1877	hoka	beige	slip on
1878	hoka	brown	slip on
1879	hoka	metallic	slip on
1880	hoka	purple	slip on
1881	hoka	blue	slip on
1882	hoka	green	slip on
1883	hoka	yellow	slip on
1884	hoka	orange	slip on
1885	hoka	pink	slip on
1886	hoka	red	slip on
1887	hoka	burgundy	slip on
1888	hoka	other	slip on
1889	hoka	black	trainer
1890	hoka	grey	trainer
1891	hoka	white	trainer
1892	hoka	ivory	trainer
1893	hoka	beige	trainer
1894	hoka	brown	trainer
1895	hoka	metallic	trainer
1896	hoka	purple	trainer
1897	hoka	blue	trainer
1898	hoka	green	trainer
1899	hoka	yellow	trainer
1900	hoka	orange	trainer
1901	hoka	pink	trainer
1902	hoka	red	trainer
1903	hoka	burgundy	trainer
1904	hoka	other	trainer
1905	hoka	black	racer
1906	hoka	grey	racer
1907	hoka	white	racer
1908	hoka	ivory	racer
1909	hoka	beige	racer
1910	hoka	brown	racer
1911	hoka	metallic	racer
1912	hoka	purple	racer
1913	hoka	blue	racer
1914	hoka	green	racer
1915	hoka	yellow	racer
1916	hoka	orange	racer
1917	hoka	pink	racer
1918	hoka	red	racer
1919	hoka	burgundy	racer
1920	hoka	other	racer
1921	brooks	black	runner
1922	brooks	grey	runner
1923	brooks	white	runner
1924	brooks	ivory	runner
1925	brooks	beige	runner
1926	brooks	brown	runner
1927	brooks	metallic	runner
1928	brooks	purple	runner
1929	brooks	blue	runner
1930	brooks	green	runner
1931	brooks	yellow	runner
1932	brooks	orange	runner
1933	brooks	pink	runner
1934	brooks	red	runner
1935	brooks	burgundy	runner
1936	brooks	other	runner
1937	brooks	black	classic
1938	brooks	grey	classic
1939	brooks	white	classic
1940	brooks	ivory	classic
1941	brooks	beige	classic
1942	brooks	brown	classic
1943	brooks	metallic	classic
1944	brooks	purple	classic
1945	brooks	blue	classic
1946	brooks	green	classic
1947	brooks	yellow	classic
1948	brooks	orange	classic
1949	brooks	pink	classic
1950	brooks	red	classic
1951	brooks	burgundy	classic
1952	brooks	other	classic
1953	brooks	black	high top
1954	brooks	grey	high top
1955	brooks	white	high top
1956	brooks	ivory	high top
1957	brooks	beige	high top
1958	brooks	brown	high top
1959	brooks	metallic	high top
1960	brooks	purple	high top
1961	brooks	blue	high top
1962	brooks	green	high top
1963	brooks	yellow	high top
1964	brooks	orange	high top
1965	brooks	pink	high top
1966	brooks	red	high top
1967	brooks	burgundy	high top
1968	brooks	other	high top
1969	brooks	black	low
1970	brooks	grey	low
1971	brooks	white	low
1972	brooks	ivory	low
1973	brooks	beige	low
1974	brooks	brown	low
1975	brooks	metallic	low
1976	brooks	purple	low
1977	brooks	blue	low
1978	brooks	green	low
1979	brooks	yellow	low
1980	brooks	orange	low
1981	brooks	pink	low
1982	brooks	red	low
1983	brooks	burgundy	low
1984	brooks	other	low
1985	brooks	black	trail
1986	brooks	grey	trail
1987	brooks	white	trail
1988	brooks	ivory	trail
1989	brooks	beige	trail
1990	brooks	brown	trail
1991	brooks	metallic	trail
1992	brooks	purple	trail
1993	brooks	blue	trail
1994	brooks	green	trail
1995	brooks	yellow	trail
1996	brooks	orange	trail
1997	brooks	pink	trail
1998	brooks	red	trail
1999	brooks	burgundy	trail
2000	brooks	other	trail
2001	brooks	black	court
2002	brooks	grey	court
2003	brooks	white	court
2004	brooks	ivory	court
2005	brooks	beige	court
2006	brooks	brown	court
2007	brooks	metallic	court
2008	brooks	purple	court
2009	brooks	blue	court
2010	brooks	green	court
2011	brooks	yellow	court
2012	brooks	orange	court
2013	brooks	pink	court
2014	brooks	red	court
2015	brooks	burgundy	court
2016	brooks	other	court
2017	brooks	black	boot
2018	brooks	grey	boot
2019	brooks	white	boot
2020	brooks	ivory	boot
2021	brooks	beige	boot
2022	brooks	brown	boot
2023	brooks	metallic	boot
2024	brooks	purple	boot
2025	brooks	blue	boot
2026	brooks	green	boot
2027	brooks	yellow	boot
2028	brooks	orange	boot
2029	brooks	pink	boot
2030	brooks	red	boot
2031	brooks	burgundy	boot
2032	brooks	other	boot
2033	brooks	black	loafer
2034	brooks	grey	loafer
2035	brooks	white	loafer
2036	brooks	ivory	loafer
2037	brooks	beige	loafer
2038	brooks	brown	loafer
2039	brooks	metallic	loafer
2040	brooks	purple	loafer
2041	brooks	blue	loafer
2042	brooks	green	loafer
2043	brooks	yellow	loafer
2044	brooks	orange	loafer
2045	brooks	pink	loafer
2046	brooks	red	loafer
2047	brooks	burgundy	loafer
2048	brooks	other	loafer
2049	brooks	black	sandal
2050	brooks	grey	sandal
2051	brooks	white	sandal
2052	brooks	ivory	sandal
2053	brooks	beige	sandal
2054	brooks	brown	sandal
2055	brooks	metallic	sandal
2056	brooks	purple	sandal
2057	brooks	blue	sandal
2058	brooks	green	sandal
2059	brooks	yellow	sandal
2060	brooks	orange	sandal
2061	brooks	pink	sandal
2062	brooks	red	sandal
2063	brooks	burgundy	sandal
2064	brooks	other	sandal
2065	brooks	black	slip on
2066	brooks	grey	slip on
2067	brooks	white	slip on
2068	brooks	ivory	slip on
2069	brooks	beige	slip on
2070	brooks	brown	slip on
2071	brooks	metallic	slip on
2072	brooks	purple	slip on
2073	brooks	blue	slip on
2074	brooks	green	slip on
2075	brooks	yellow	slip on
2076	brooks	orange	slip on
2077	brooks	pink	slip on
2078	brooks	red	slip on
2079	brooks	burgundy	slip on
2080	brooks	other	slip on
2081	brooks	black	trainer
2082	brooks	grey	trainer
2083	brooks	white	trainer
2084	brooks	ivory	trainer
2085	brooks	beige	trainer
2086	brooks	brown	trainer
2087	brooks	metallic	trainer
2088	brooks	purple	trainer
2089	brooks	blue	trainer
2090	brooks	green	trainer
2091	brooks	yellow	trainer
2092	brooks	orange	trainer
2093	brooks	pink	trainer
2094	brooks	red	trainer
2095	brooks	burgundy	trainer
2096	brooks	other	trainer
2097	brooks	black	racer
2098	brooks	grey	racer
2099	brooks	white	racer
2100	brooks	ivory	racer
2101	brooks	beige	racer
2102	brooks	brown	racer
2103	brooks	metallic	racer
2104	brooks	purple	racer
2105	brooks	blue	racer
2106	brooks	green	racer
2107	brooks	yellow	racer
2108	brooks	orange	racer
2109	brooks	pink	racer
2110	brooks	red	racer
2111	brooks	burgundy	racer
2112	brooks	other	racer
2113	saucony	black	runner
2114	saucony	grey	runner
2115	saucony	white	runner
2116	saucony	ivory	runner
2117	saucony	beige	runner
2118	saucony	brown	runner
2119	saucony	metallic	runner
2120	saucony	purple	runner
2121	saucony	blue	runner
2122	saucony	green	runner
2123	saucony	yellow	runner
2124	saucony	orange	runner
2125	saucony	pink	runner
2126	saucony	red	runner
2127	saucony	burgundy	runner
2128	saucony	other	runner
2129	saucony	black	classic
2130	saucony	grey	classic
2131	saucony	white	classic
2132	saucony	ivory	classic
2133	saucony	beige	classic
2134	saucony	brown	classic
2135	saucony	metallic	classic
2136	saucony	purple	classic
2137	saucony	blue	classic
2138	saucony	green	classic
2139	saucony	yellow	classic
2140	saucony	orange	classic
2141	saucony	pink	classic
2142	saucony	red	classic
2143	saucony	burgundy	classic
2144	saucony	other	classic
2145	saucony	black	high top
2146	saucony	grey	high top
2147	saucony	white	high top
2148	saucony	ivory	high top
2149	saucony	beige	high top
2150	saucony	brown	high top
2151	saucony	metallic	high top
2152	saucony	purple	high top
2153	saucony	blue	high top
2154	saucony	green	high top
2155	saucony	yellow	high top
2156	saucony	orange	high top
2157	saucony	pink	high top
2158	saucony	red	high top
2159	saucony	burgundy	high top
2160	saucony	other	high top
2161	saucony	black	low
2162	saucony	grey	low
2163	saucony	white	low
2164	saucony	ivory	low
2165	saucony	beige	low
2166	saucony	brown	low
2167	saucony	metallic	low
2168	saucony	purple	low
2169	saucony	blue	low
2170	saucony	green	low
2171	saucony	yellow	low
2172	saucony	orange	low
2173	saucony	pink	low
2174	saucony	red	low
2175	saucony	burgundy	low
2176	saucony	other	low
2177	saucony	black	trail
2178	saucony	grey	trail
2179	saucony	white	trail
2180	saucony	ivory	trail
2181	saucony	beige	trail
2182	saucony	brown	trail
2183	saucony	metallic	trail
2184	saucony	purple	trail
2185	saucony	blue	trail
2186	saucony	green	trail
2187	saucony	yellow	trail
2188	saucony	orange	trail
2189	saucony	pink	trail
2190	saucony	red	trail
2191	saucony	burgundy	trail
2192	saucony	other	trail
2193	saucony	black	court
2194	saucony	grey	court
2195	saucony	white	court
2196	saucony	ivory	court
2197	saucony	beige	court
2198	saucony	brown	court
2199	saucony	metallic	court
2200	saucony	purple	court
2201	saucony	blue	court
2202	saucony	green	court
2203	saucony	yellow	court
2204	saucony	orange	court
2205	saucony	pink	court
2206	saucony	red	court
2207	saucony	burgundy	court
2208	saucony	other	court
2209	saucony	black	boot
2210	saucony	grey	boot
2211	saucony	white	boot
2212	saucony	ivory	boot
2213	saucony	beige	boot
2214	saucony	brown	boot
2215	saucony	metallic	boot
2216	saucony	purple	boot
2217	saucony	blue	boot
2218	saucony	green	boot
2219	saucony	yellow	boot
2220	saucony	orange	boot
2221	saucony	pink	boot
2222	saucony	red	boot
2223	saucony	burgundy	boot
2224	saucony	other	boot
2225	saucony	black	loafer
2226	saucony	grey	loafer
2227	saucony	white	loafer
2228	saucony	ivory	loafer
2229	saucony	beige	loafer
2230	saucony	brown	loafer
2231	saucony	metallic	loafer
2232	saucony	purple	loafer
2233	saucony	blue	loafer
2234	saucony	green	loafer
2235	saucony	yellow	loafer
2236	saucony	orange	loafer
2237	saucony	pink	loafer
2238	saucony	red	loafer
2239	saucony	burgundy	loafer
2240	saucony	other	loafer
2241	saucony	black	sandal
2242	saucony	grey	sandal
2243	saucony	white	sandal
2244	saucony	ivory	sandal
2245	saucony	beige	sandal
2246	saucony	brown	sandal
2247	saucony	metallic	sandal
2248	saucony	purple	sandal
2249	saucony	blue	sandal
2250	saucony	green	sandal
2251	saucony	yellow	sandal
2252	saucony	orange	sandal
2253	saucony	pink	sandal
2254	saucony	red	sandal
2255	saucony	burgundy	sandal
2256	saucony	other	sandal
2257	saucony	black	slip on
2258	saucony	grey	slip on
2259	saucony	white	slip on
2260	saucony	ivory	slip on
2261	saucony	beige	slip on
2262	saucony	brown	slip on
2263	saucony	metallic	slip on
2264	saucony	purple	slip on
2265	saucony	blue	slip on
2266	saucony	green	slip on
2267	saucony	yellow	slip on
2268	saucony	orange	slip on
2269	saucony	pink	slip on
2270	saucony	red	slip on
2271	saucony	burgundy	slip on
2272	saucony	other	slip on
2273	saucony	black	trainer
2274	saucony	grey	trainer
2275	saucony	white	trainer
2276	saucony	ivory	trainer
2277	saucony	beige	trainer
2278	saucony	brown	trainer
2279	saucony	metallic	trainer
2280	saucony	purple	trainer
2281	saucony	blue	trainer
2282	saucony	green	trainer
2283	saucony	yellow	trainer
2284	saucony	orange	trainer
2285	saucony	pink	trainer
2286	saucony	red	trainer
2287	saucony	burgundy	trainer
2288	saucony	other	trainer
2289	saucony	black	racer
2290	saucony	grey	racer
2291	saucony	white	racer
2292	saucony	ivory	racer
2293	saucony	beige	racer
2294	saucony	brown	racer
2295	saucony	metallic	racer
2296	saucony	purple	racer
2297	saucony	blue	racer
2298	saucony	green	racer
2299	saucony	yellow	racer
2300	saucony	orange	racer
2301	saucony	pink	racer
2302	saucony	red	racer
2303	saucony	burgundy	racer
2304	saucony	other	racer
2305	on	black	runner
2306	on	grey	runner
2307	on	white	runner
2308	on	ivory	runner
2309	on	beige	runner
2310	on	brown	runner
2311	on	metallic	runner
2312	on	purple	runner
2313	on	blue	runner
2314	on	green	runner
2315	on	yellow	runner
2316	on	orange	runner
2317	on	pink	runner
2318	on	red	runner
2319	on	burgundy	runner
2320	on	other	runner
2321	on	black	classic
2322	on	grey	classic
2323	on	white	classic
2324	on	ivory	classic
2325	on	beige	classic
2326	on	brown	classic
2327	on	metallic	classic
2328	on	purple	classic
2329	on	blue	classic
2330	on	green	classic
2331	on	yellow	classic
2332	on	orange	classic
2333	on	pink	classic
2334	on	red	classic
2335	on	burgundy	classic
2336	on	other	classic
2337	on	black	high top
2338	on	grey	high top
2339	on	white	high top
2340	on	ivory	high top
2341	on	beige	high top
2342	on	brown	high top
2343	on	metallic	high top
2344	on	purple	high top
2345	on	blue	high top
2346	on	green	high top
2347	on	yellow	high top
2348	on	orange	high top
2349	on	pink	high top
2350	on	red	high top
2351	on	burgundy	high top
2352	on	other	high top
2353	on	black	low
2354	on	grey	low
2355	on	white	low
2356	on	ivory	low
2357	on	beige	low
2358	on	brown	low
2359	on	metallic	low
2360	on	purple	low
2361	on	blue	low
2362	on	green	low
2363	on	yellow	low
2364	on	orange	low
2365	on	pink	low
2366	on	red	low
2367	on	burgundy	low
2368	on	other	low
2369	on	black	trail
2370	on	grey	trail
2371	on	white	trail
2372	on	ivory	trail
2373	on	beige	trail
2374	on	brown	trail
2375	on	metallic	trail
2376	on	purple	trail
2377	on	blue	trail
2378	on	green	trail
2379	on	yellow	trail
2380	on	orange	trail
2381	on	pink	trail
2382	on	red	trail
2383	on	burgundy	trail
2384	on	other	trail
2385	on	black	court
2386	on	grey	court
2387	on	white	court
2388	on	ivory	court
2389	on	beige	court
2390	on	brown	court
2391	on	metallic	court
2392	on	purple	court
2393	on	blue	court
2394	on	green	court
2395	on	yellow	court
2396	on	orange	court
2397	on	pink	court
2398	on	red	court
2399	on	burgundy	court
2400	on	other	court
2401	on	black	boot
2402	on	grey	boot
2403	on	white	boot
2404	on	ivory	boot
2405	on	beige	boot
2406	on	brown	boot
2407	on	metallic	boot
2408	on	purple	boot
2409	on	blue	boot
2410	on	green	boot
2411	on	yellow	boot
2412	on	orange	boot
2413	on	pink	boot
2414	on	red	boot
2415	on	burgundy	boot
2416	on	other	boot
2417	on	black	loafer
2418	on	grey	loafer
2419	on	white	loafer
2420	on	ivory	loafer
2421	on	beige	loafer
2422	on	brown	loafer
2423	on	metallic	loafer
2424	on	purple	loafer
2425	on	blue	loafer
2426	on	green	loafer
2427	on	yellow	loafer
2428	on	orange	loafer
2429	on	pink	loafer
2430	on	red	loafer
2431	on	burgundy	loafer
2432	on	other	loafer
2433	on	black	sandal
2434	on	grey	sandal
2435	on	white	sandal
2436	on	ivory	sandal
2437	on	beige	sandal
2438	on	brown	sandal
2439	on	metallic	sandal
2440	on	purple	sandal
2441	on	blue	sandal
2442	on	green	sandal
2443	on	yellow	sandal
2444	on	orange	sandal
2445	on	pink	sandal
2446	on	red	sandal
2447	on	burgundy	sandal
2448	on	other	sandal
2449	on	black	slip on
2450	on	grey	slip on
2451	on	white	slip on
2452	on	ivory	slip on
2453	on	beige	slip on
2454	on	brown	slip on
2455	on	metallic	slip on
2456	on	purple	slip on
2457	on	blue	slip on
2458	on	green	slip on
2459	on	yellow	slip on
2460	on	orange	slip on
2461	on	pink	slip on
2462	on	red	slip on
2463	on	burgundy	slip on
2464	on	other	slip on
2465	on	black	trainer
2466	on	grey	trainer
2467	on	white	trainer
2468	on	ivory	trainer
2469	on	beige	trainer
2470	on	brown	trainer
2471	on	metallic	trainer
2472	on	purple	trainer
2473	on	blue	trainer
2474	on	green	trainer
2475	on	yellow	trainer
2476	on	orange	trainer
2477	on	pink	trainer
2478	on	red	trainer
2479	on	burgundy	trainer
2480	on	other	trainer
2481	on	black	racer
2482	on	grey	racer
2483	on	white	racer
2484	on	ivory	racer
2485	on	beige	racer
2486	on	brown	racer
2487	on	metallic	racer
2488	on	purple	racer
2489	on	blue	racer
2490	on	green	racer
2491	on	yellow	racer
2492	on	orange	racer
2493	on	pink	racer
2494	on	red	racer
2495	on	burgundy	racer
2496	on	other	racer
2497	birkenstock	black	runner
2498	birkenstock	grey	runner
2499	birkenstock	white	runner
2500	birkenstock	ivory	runner
2501	birkenstock	beige	runner
2502	birkenstock	brown	runner
2503	birkenstock	metallic	runner
2504	birkenstock	purple	runner
2505	birkenstock	blue	runner
2506	birkenstock	green	runner
2507	birkenstock	yellow	runner
2508	birkenstock	orange	runner
2509	birkenstock	pink	runner
2510	birkenstock	red	runner
2511	birkenstock	burgundy	runner
2512	birkenstock	other	runner
2513	birkenstock	black	classic
2514	birkenstock	grey	classic
2515	birkenstock	white	classic
2516	birkenstock	ivory	classic
2517	birkenstock	beige	classic
2518	birkenstock	brown	classic
2519	birkenstock	metallic	classic
2520	birkenstock	purple	classic
2521	birkenstock	blue	classic
2522	birkenstock	green	classic
2523	birkenstock	yellow	classic
2524	birkenstock	orange	classic
2525	birkenstock	pink	classic
2526	birkenstock	red	classic
2527	birkenstock	burgundy	classic
2528	birkenstock	other	classic
2529	birkenstock	black	high top
2530	birkenstock	grey	high top
2531	birkenstock	white	high top
2532	birkenstock	ivory	high top
2533	birkenstock	beige	high top
2534	birkenstock	brown	high top
2535	birkenstock	metallic	high top
2536	birkenstock	purple	high top
2537	birkenstock	blue	high top
2538	birkenstock	green	high top
2539	birkenstock	yellow	high top
2540	birkenstock	orange	high top
2541	birkenstock	pink	high top
2542	birkenstock	red	high top
2543	birkenstock	burgundy	high top
2544	birkenstock	other	high top
2545	birkenstock	black	low
2546	birkenstock	grey	low
2547	birkenstock	white	low
2548	birkenstock	ivory	low
2549	birkenstock	beige	low
2550	birkenstock	brown	low
2551	birkenstock	metallic	low
2552	birkenstock	purple	low
2553	birkenstock	blue	low
2554	birkenstock	green	low
2555	birkenstock	yellow	low
2556	birkenstock	orange	low
2557	birkenstock	pink	low
2558	birkenstock	red	low
2559	birkenstock	burgundy	low
2560	birkenstock	other	low
2561	birkenstock	black	trail
2562	birkenstock	grey	trail
2563	birkenstock	white	trail
2564	birkenstock	ivory	trail
2565	birkenstock	beige	trail
2566	birkenstock	brown	trail
2567	birkenstock	metallic	trail
2568	birkenstock	purple	trail
2569	birkenstock	blue	trail
2570	birkenstock	green	trail
2571	birkenstock	yellow	trail
2572	birkenstock	orange	trail
2573	birkenstock	pink	trail
2574	birkenstock	red	trail
2575	birkenstock	burgundy	trail
2576	birkenstock	other	trail
2577	birkenstock	black	court
2578	birkenstock	grey	court
2579	birkenstock	white	court
2580	birkenstock	ivory	court
2581	birkenstock	beige	court
2582	birkenstock	brown	court
2583	birkenstock	metallic	court
2584	birkenstock	purple	court
2585	birkenstock	blue	court
2586	birkenstock	green	court
2587	birkenstock	yellow	court
2588	birkenstock	orange	court
2589	birkenstock	pink	court
2590	birkenstock	red	court
2591	birkenstock	burgundy	court
2592	birkenstock	other	court
2593	birkenstock	black	boot
2594	birkenstock	grey	boot
2595	birkenstock	white	boot
2596	birkenstock	ivory	boot
2597	birkenstock	beige	boot
2598	birkenstock	brown	boot
2599	birkenstock	metallic	boot
2600	birkenstock	purple	boot
2601	birkenstock	blue	boot
2602	birkenstock	green	boot
2603	birkenstock	yellow	boot
2604	birkenstock	orange	boot
2605	birkenstock	pink	boot
2606	birkenstock	red	boot
2607	birkenstock	burgundy	boot
2608	birkenstock	other	boot
2609	birkenstock	black	loafer
2610	birkenstock	grey	loafer
2611	birkenstock	white	loafer
2612	birkenstock	ivory	loafer
2613	birkenstock	beige	loafer
2614	birkenstock	brown	loafer
2615	birkenstock	metallic	loafer
2616	birkenstock	purple	loafer
2617	birkenstock	blue	loafer
2618	birkenstock	green	loafer
2619	birkenstock	yellow	loafer
2620	birkenstock	orange	loafer
2621	birkenstock	pink	loafer
2622	birkenstock	red	loafer
2623	birkenstock	burgundy	loafer
2624	birkenstock	other	loafer
2625	birkenstock	black	sandal
2626	birkenstock	grey	sandal
2627	birkenstock	white	sandal
2628	birkenstock	ivory	sandal
2629	birkenstock	beige	sandal
2630	birkenstock	brown	sandal
2631	birkenstock	metallic	sandal
2632	birkenstock	purple	sandal
2633	birkenstock	blue	sandal
2634	birkenstock	green	sandal
2635	birkenstock	yellow	sandal
2636	birkenstock	orange	sandal
2637	birkenstock	pink	sandal
2638	birkenstock	red	sandal
2639	birkenstock	burgundy	sandal
2640	birkenstock	other	sandal
2641	birkenstock	black	slip on
2642	birkenstock	grey	slip on
2643	birkenstock	white	slip on
2644	birkenstock	ivory	slip on
2645	birkenstock	beige	slip on
2646	birkenstock	brown	slip on
2647	birkenstock	metallic	slip on
2648	birkenstock	purple	slip on
2649	birkenstock	blue	slip on
2650	birkenstock	green	slip on
2651	birkenstock	yellow	slip on
2652	birkenstock	orange	slip on
2653	birkenstock	pink	slip on
2654	birkenstock	red	slip on
2655	birkenstock	burgundy	slip on
2656	birkenstock	other	slip on
2657	birkenstock	black	trainer
2658	birkenstock	grey	trainer
2659	birkenstock	white	trainer
2660	birkenstock	ivory	trainer
2661	birkenstock	beige	trainer
2662	birkenstock	brown	trainer
2663	birkenstock	metallic	trainer
2664	birkenstock	purple	trainer
2665	birkenstock	blue	trainer
2666	birkenstock	green	trainer
2667	birkenstock	yellow	trainer
2668	birkenstock	orange	trainer
2669	birkenstock	pink	trainer
2670	birkenstock	red	trainer
2671	birkenstock	burgundy	trainer
2672	birkenstock	other	trainer
2673	birkenstock	black	racer
2674	birkenstock	grey	racer
2675	birkenstock	white	racer
2676	birkenstock	ivory	racer
2677	birkenstock	beige	racer
2678	birkenstock	brown	racer
2679	birkenstock	metallic	racer
2680	birkenstock	purple	racer
2681	birkenstock	blue	racer
2682	birkenstock	green	racer
2683	birkenstock	yellow	racer
2684	birkenstock	orange	racer
2685	birkenstock	pink	racer
2686	birkenstock	red	racer
2687	birkenstock	burgundy	racer
2688	birkenstock	other	racer
2689	dr. martens	black	runner
2690	dr. martens	grey	runner
2691	dr. martens	white	runner
2692	dr. martens	ivory	runner
2693	dr. martens	beige	runner
2694	dr. martens	brown	runner
2695	dr. martens	metallic	runner
2696	dr. martens	purple	runner
2697	dr. martens	blue	runner
2698	dr. martens	green	runner
2699	dr. martens	yellow	runner
2700	dr. martens	orange	runner
2701	dr. martens	pink	runner
2702	dr. martens	red	runner
2703	dr. martens	burgundy	runner
2704	dr. martens	other	runner
2705	dr. martens	black	classic
2706	dr. martens	grey	classic
2707	dr. martens	white	classic
2708	dr. martens	ivory	classic
2709	dr. martens	beige	classic
2710	dr. martens	brown	classic
2711	dr. martens	metallic	classic
2712	dr. martens	purple	classic
2713	dr. martens	blue	classic
2714	dr. martens	green	classic
2715	dr. martens	yellow	classic
2716	dr. martens	orange	classic
2717	dr. martens	pink	classic
2718	dr. martens	red	classic
2719	dr. martens	burgundy	classic
2720	dr. martens	other	classic
2721	dr. martens	black	high top
2722	dr. martens	grey	high top
2723	dr. martens	white	high top
2724	dr. martens	ivory	high top
2725	dr. martens	beige	high top
2726	dr. martens	brown	high top
2727	dr. martens	metallic	high top
2728	dr. martens	purple	high top
2729	dr. martens	blue	high top
2730	dr. martens	green	high top
2731	dr. martens	yellow	high top
2732	dr. martens	orange	high top
2733	dr. martens	pink	high top
2734	dr. martens	red	high top
2735	dr. martens	burgundy	high top
2736	dr. martens	other	high top
2737	dr. martens	black	low
2738	dr. martens	grey	low
2739	dr. martens	white	low
2740	dr. martens	ivory	low
2741	dr. martens	beige	low
2742	dr. martens	brown	low
2743	dr. martens	metallic	low
2744	dr. martens	purple	low
2745	dr. martens	blue	low
2746	dr. martens	green	low
2747	dr. martens	yellow	low
2748	dr. martens	orange	low
2749	dr. martens	pink	low
2750	dr. martens	red	low
2751	dr. martens	burgundy	low
2752	dr. martens	other	low
2753	dr. martens	black	trail
2754	dr. martens	grey	trail
2755	dr. martens	white	trail
2756	dr. martens	ivory	trail
2757	dr. martens	beige	trail
2758	dr. martens	brown	trail
2759	dr. martens	metallic	trail
2760	dr. martens	purple	trail
2761	dr. martens	blue	trail
2762	dr. martens	green	trail
2763	dr. martens	yellow	trail
2764	dr. martens	orange	trail
2765	dr. martens	pink	trail
2766	dr. martens	red	trail
2767	dr. martens	burgundy	trail
2768	dr. martens	other	trail
2769	dr. martens	black	court
2770	dr. martens	grey	court
2771	dr. martens	white	court
2772	dr. martens	ivory	court
2773	dr. martens	beige	court
2774	dr. martens	brown	court
2775	dr. martens	metallic	court
2776	dr. martens	purple	court
2777	dr. martens	blue	court
2778	dr. martens	green	court
2779	dr. martens	yellow	court
2780	dr. martens	orange	court
2781	dr. martens	pink	court
2782	dr. martens	red	court
2783	dr. martens	burgundy	court
2784	dr. martens	other	court
2785	dr. martens	black	boot
2786	dr. martens	grey	boot
2787	dr. martens	white	boot
2788	dr. martens	ivory	boot
2789	dr. martens	beige	boot
2790	dr. martens	brown	boot
2791	dr. martens	metallic	boot
2792	dr. martens	purple	boot
2793	dr. martens	blue	boot
2794	dr. martens	green	boot
2795	dr. martens	yellow	boot
2796	dr. martens	orange	boot
2797	dr. martens	pink	boot
2798	dr. martens	red	boot
2799	dr. martens	burgundy	boot
2800	dr. martens	other	boot
2801	dr. martens	black	loafer
2802	dr. martens	grey	loafer
2803	dr. martens	white	loafer
2804	dr. martens	ivory	loafer
2805	dr. martens	beige	loafer
2806	dr. martens	brown	loafer
2807	dr. martens	metallic	loafer
2808	dr. martens	purple	loafer
2809	dr. martens	blue	loafer
2810	dr. martens	green	loafer
2811	dr. martens	yellow	loafer
2812	dr. martens	orange	loafer
2813	dr. martens	pink	loafer
2814	dr. martens	red	loafer
2815	dr. martens	burgundy	loafer
2816	dr. martens	other	loafer
2817	dr. martens	black	sandal
2818	dr. martens	grey	sandal
2819	dr. martens	white	sandal
2820	dr. martens	ivory	sandal
2821	dr. martens	beige	sandal
2822	dr. martens	brown	sandal
2823	dr. martens	metallic	sandal
2824	dr. martens	purple	sandal
2825	dr. martens	blue	sandal
2826	dr. martens	green	sandal
2827	dr. martens	yellow	sandal
2828	dr. martens	orange	sandal
2829	dr. martens	pink	sandal
2830	dr. martens	red	sandal
2831	dr. martens	burgundy	sandal
2832	dr. martens	other	sandal
2833	dr. martens	black	slip on
2834	dr. martens	grey	slip on
2835	dr. martens	white	slip on
2836	dr. martens	ivory	slip on
2837	dr. martens	beige	slip on
2838	dr. martens	brown	slip on
2839	dr. martens	metallic	slip on
2840	dr. martens	purple	slip on
2841	dr. martens	blue	slip on
2842	dr. martens	green	slip on
2843	dr. martens	yellow	slip on
2844	dr. martens	orange	slip on
2845	dr. martens	pink	slip on
2846	dr. martens	red	slip on
2847	dr. martens	burgundy	slip on
2848	dr. martens	other	slip on
2849	dr. martens	black	trainer
2850	dr. martens	grey	trainer
2851	dr. martens	white	trainer
2852	dr. martens	ivory	trainer
2853	dr. martens	beige	trainer
2854	dr. martens	brown	trainer
2855	dr. martens	metallic	trainer
2856	dr. martens	purple	trainer
2857	dr. martens	blue	trainer
2858	dr. martens	green	trainer
2859	dr. martens	yellow	trainer
2860	dr. martens	orange	trainer
2861	dr. martens	pink	trainer
2862	dr. martens	red	trainer
2863	dr. martens	burgundy	trainer
2864	dr. martens	other	trainer
2865	dr. martens	black	racer
2866	dr. martens	grey	racer
2867	dr. martens	white	racer
2868	dr. martens	ivory	racer
2869	dr. martens	beige	racer
2870	dr. martens	brown	racer
2871	dr. martens	metallic	racer
2872	dr. martens	purple	racer
2873	dr. martens	blue	racer
2874	dr. martens	green	racer
2875	dr. martens	yellow	racer
2876	dr. martens	orange	racer
2877	dr. martens	pink	racer
2878	dr. martens	red	racer
2879	dr. martens	burgundy	racer
2880	dr. martens	other	racer
2881	clarks	black	runner
2882	clarks	grey	runner
2883	clarks	white	runner
2884	clarks	ivory	runner
2885	clarks	beige	runner
2886	clarks	brown	runner
2887	clarks	metallic	runner
2888	clarks	purple	runner
2889	clarks	blue	runner
2890	clarks	green	runner
2891	clarks	yellow	runner
2892	clarks	orange	runner
2893	clarks	pink	runner
2894	clarks	red	runner
2895	clarks	burgundy	runner
2896	clarks	other	runner
2897	clarks	black	classic
2898	clarks	grey	classic
2899	clarks	white	classic
2900	clarks	ivory	classic
2901	clarks	beige	classic
2902	clarks	brown	classic
2903	clarks	metallic	classic
2904	clarks	purple	classic
2905	clarks	blue	classic
2906	clarks	green	classic
2907	clarks	yellow	classic
2908	clarks	orange	classic
2909	clarks	pink	classic
2910	clarks	red	classic
2911	clarks	burgundy	classic
2912	clarks	other	classic
2913	clarks	black	high top
2914	clarks	grey	high top
2915	clarks	white	high top
2916	clarks	ivory	high top
2917	clarks	beige	high top
2918	clarks	brown	high top
2919	clarks	metallic	high top
2920	clarks	purple	high top
2921	clarks	blue	high top
2922	clarks	green	high top
2923	clarks	yellow	high top
2924	clarks	orange	high top
2925	clarks	pink	high top
2926	clarks	red	high top
2927	clarks	burgundy	high top
2928	clarks	other	high top
2929	clarks	black	low
2930	clarks	grey	low
2931	clarks	white	low
2932	clarks	ivory	low
2933	clarks	beige	low
2934	clarks	brown	low
2935	clarks	metallic	low
2936	clarks	purple	low
2937	clarks	blue	low
2938	clarks	green	low
2939	clarks	yellow	low
2940	clarks	orange	low
2941	clarks	pink	low
2942	clarks	red	low
2943	clarks	burgundy	low
2944	clarks	other	low
2945	clarks	black	trail
2946	clarks	grey	trail
2947	clarks	white	trail
2948	clarks	ivory	trail
2949	clarks	beige	trail
2950	clarks	brown	trail
2951	clarks	metallic	trail
2952	clarks	purple	trail
2953	clarks	blue	trail
2954	clarks	green	trail
2955	clarks	yellow	trail
2956	clarks	orange	trail
2957	clarks	pink	trail
2958	clarks	red	trail
2959	clarks	burgundy	trail
2960	clarks	other	trail
2961	clarks	black	court
2962	clarks	grey	court
2963	clarks	white	court
2964	clarks	ivory	court
2965	clarks	beige	court
2966	clarks	brown	court
2967	clarks	metallic	court
2968	clarks	purple	court
2969	clarks	blue	court
2970	clarks	green	court
2971	clarks	yellow	court
2972	clarks	orange	court
2973	clarks	pink	court
2974	clarks	red	court
2975	clarks	burgundy	court
2976	clarks	other	court
2977	clarks	black	boot
2978	clarks	grey	boot
2979	clarks	white	boot
2980	clarks	ivory	boot
2981	clarks	beige	boot
2982	clarks	brown	boot
2983	clarks	metallic	boot
2984	clarks	purple	boot
2985	clarks	blue	boot
2986	clarks	green	boot
2987	clarks	yellow	boot
2988	clarks	orange	boot
2989	clarks	pink	boot
2990	clarks	red	boot
2991	clarks	burgundy	boot
2992	clarks	other	boot
2993	clarks	black	loafer
2994	clarks	grey	loafer
2995	clarks	white	loafer
2996	clarks	ivory	loafer
2997	clarks	beige	loafer
2998	clarks	brown	loafer
2999	clarks	metallic	loafer
3000	clarks	purple	loafer
3001	clarks	blue	loafer
3002	clarks	green	loafer
3003	clarks	yellow	loafer
3004	clarks	orange	loafer
3005	clarks	pink	loafer
3006	clarks	red	loafer
3007	clarks	burgundy	loafer
3008	clarks	other	loafer
3009	clarks	black	sandal
3010	clarks	grey	sandal
3011	clarks	white	sandal
3012	clarks	ivory	sandal
3013	clarks	beige	sandal
3014	clarks	brown	sandal
3015	clarks	metallic	sandal
3016	clarks	purple	sandal
3017	clarks	blue	sandal
3018	clarks	green	sandal
3019	clarks	yellow	sandal
3020	clarks	orange	sandal
3021	clarks	pink	sandal
3022	clarks	red	sandal
3023	clarks	burgundy	sandal
3024	clarks	other	sandal
3025	clarks	black	slip on
3026	clarks	grey	slip on
3027	clarks	white	slip on
3028	clarks	ivory	slip on
3029	clarks	beige	slip on
3030	clarks	brown	slip on
3031	clarks	metallic	slip on
3032	clarks	purple	slip on
3033	clarks	blue	slip on
3034	clarks	green	slip on
3035	clarks	yellow	slip on
3036	clarks	orange	slip on
3037	clarks	pink	slip on
3038	clarks	red	slip on
3039	clarks	burgundy	slip on
3040	clarks	other	slip on
3041	clarks	black	trainer
3042	clarks	grey	trainer
3043	clarks	white	trainer
3044	clarks	ivory	trainer
3045	clarks	beige	trainer
3046	clarks	brown	trainer
3047	clarks	metallic	trainer
3048	clarks	purple	trainer
3049	clarks	blue	trainer
3050	clarks	green	trainer
3051	clarks	yellow	trainer
3052	clarks	orange	trainer
3053	clarks	pink	trainer
3054	clarks	red	trainer
3055	clarks	burgundy	trainer
3056	clarks	other	trainer
3057	clarks	black	racer
3058	clarks	grey	racer
3059	clarks	white	racer
3060	clarks	ivory	racer
3061	clarks	beige	racer
3062	clarks	brown	racer
3063	clarks	metallic	racer
3064	clarks	purple	racer
3065	clarks	blue	racer
3066	clarks	green	racer
3067	clarks	yellow	racer
3068	clarks	orange	racer
3069	clarks	pink	racer
3070	clarks	red	racer
3071	clarks	burgundy	racer
3072	clarks	other	racer
3073	timberland	black	runner
3074	timberland	grey	runner
3075	timberland	white	runner
3076	timberland	ivory	runner
3077	timberland	beige	runner
3078	timberland	brown	runner
3079	timberland	metallic	runner
3080	timberland	purple	runner
3081	timberland	blue	runner
3082	timberland	green	runner
3083	timberland	yellow	runner
3084	timberland	orange	runner
3085	timberland	pink	runner
3086	timberland	red	runner
3087	timberland	burgundy	runner
3088	timberland	other	runner
3089	timberland	black	classic
3090	timberland	grey	classic
3091	timberland	white	classic
3092	timberland	ivory	classic
3093	timberland	beige	classic
3094	timberland	brown	classic
3095	timberland	metallic	classic
3096	timberland	purple	classic
3097	timberland	blue	classic
3098	timberland	green	classic
3099	timberland	yellow	classic
3100	timberland	orange	classic
3101	timberland	pink	classic
3102	timberland	red	classic
3103	timberland	burgundy	classic
3104	timberland	other	classic
3105	timberland	black	high top
3106	timberland	grey	high top
3107	timberland	white	high top
3108	timberland	ivory	high top
3109	timberland	beige	high top
3110	timberland	brown	high top
3111	timberland	metallic	high top
3112	timberland	purple	high top
3113	timberland	blue	high top
3114	timberland	green	high top
3115	timberland	yellow	high top
3116	timberland	orange	high top
3117	timberland	pink	high top
3118	timberland	red	high top
3119	timberland	burgundy	high top
3120	timberland	other	high top
3121	timberland	black	low
3122	timberland	grey	low
3123	timberland	white	low
3124	timberland	ivory	low
3125	timberland	beige	low
3126	timberland	brown	low
3127	timberland	metallic	low
3128	timberland	purple	low
3129	timberland	blue	low
3130	timberland	green	low
3131	timberland	yellow	low
3132	timberland	orange	low
3133	timberland	pink	low
3134	timberland	red	low
3135	timberland	burgundy	low
3136	timberland	other	low
3137	timberland	black	trail
3138	timberland	grey	trail
3139	timberland	white	trail
3140	timberland	ivory	trail
3141	timberland	beige	trail
3142	timberland	brown	trail
3143	timberland	metallic	trail
3144	timberland	purple	trail
3145	timberland	blue	trail
3146	timberland	green	trail
3147	timberland	yellow	trail
3148	timberland	orange	trail
3149	timberland	pink	trail
3150	timberland	red	trail
3151	timberland	burgundy	trail
3152	timberland	other	trail
3153	timberland	black	court
3154	timberland	grey	court
3155	timberland	white	court
3156	timberland	ivory	court
3157	timberland	beige	court
3158	timberland	brown	court
3159	timberland	metallic	court
3160	timberland	purple	court
3161	timberland	blue	court
3162	timberland	green	court
3163	timberland	yellow	court
3164	timberland	orange	court
3165	timberland	pink	court
3166	timberland	red	court
3167	timberland	burgundy	court
3168	timberland	other	court
3169	timberland	black	boot
3170	timberland	grey	boot
3171	timberland	white	boot
3172	timberland	ivory	boot
3173	timberland	beige	boot
3174	timberland	brown	boot
3175	timberland	metallic	boot
3176	timberland	purple	boot
3177	timberland	blue	boot
3178	timberland	green	boot
3179	timberland	yellow	boot
3180	timberland	orange	boot
3181	timberland	pink	boot
3182	timberland	red	boot
3183	timberland	burgundy	boot
3184	timberland	other	boot
3185	timberland	black	loafer
3186	timberland	grey	loafer
3187	timberland	white	loafer
3188	timberland	ivory	loafer
3189	timberland	beige	loafer
3190	timberland	brown	loafer
3191	timberland	metallic	loafer
3192	timberland	purple	loafer
3193	timberland	blue	loafer
3194	timberland	green	loafer
3195	timberland	yellow	loafer
3196	timberland	orange	loafer
3197	timberland	pink	loafer
3198	timberland	red	loafer
3199	timberland	burgundy	loafer
3200	timberland	other	loafer
3201	timberland	black	sandal
3202	timberland	grey	sandal
3203	timberland	white	sandal
3204	timberland	ivory	sandal
3205	timberland	beige	sandal
3206	timberland	brown	sandal
3207	timberland	metallic	sandal
3208	timberland	purple	sandal
3209	timberland	blue	sandal
3210	timberland	green	sandal
3211	timberland	yellow	sandal
3212	timberland	orange	sandal
3213	timberland	pink	sandal
3214	timberland	red	sandal
3215	timberland	burgundy	sandal
3216	timberland	other	sandal
3217	timberland	black	slip on
3218	timberland	grey	slip on
3219	timberland	white	slip on
3220	timberland	ivory	slip on
3221	timberland	beige	slip on
3222	timberland	brown	slip on
3223	timberland	metallic	slip on
3224	timberland	purple	slip on
3225	timberland	blue	slip on
3226	timberland	green	slip on
3227	timberland	yellow	slip on
3228	timberland	orange	slip on
3229	timberland	pink	slip on
3230	timberland	red	slip on
3231	timberland	burgundy	slip on
3232	timberland	other	slip on
3233	timberland	black	trainer
3234	timberland	grey	trainer
3235	timberland	white	trainer
3236	timberland	ivory	trainer
3237	timberland	beige	trainer
3238	timberland	brown	trainer
3239	timberland	metallic	trainer
3240	timberland	purple	trainer
3241	timberland	blue	trainer
3242	timberland	green	trainer
3243	timberland	yellow	trainer
3244	timberland	orange	trainer
3245	timberland	pink	trainer
3246	timberland	red	trainer
3247	timberland	burgundy	trainer
3248	timberland	other	trainer
3249	timberland	black	racer
3250	timberland	grey	racer
3251	timberland	white	racer
3252	timberland	ivory	racer
3253	timberland	beige	racer
3254	timberland	brown	racer
3255	timberland	metallic	racer
3256	timberland	purple	racer
3257	timberland	blue	racer
3258	timberland	green	racer
3259	timberland	yellow	racer
3260	timberland	orange	racer
3261	timberland	pink	racer
3262	timberland	red	racer
3263	timberland	burgundy	racer
3264	timberland	other	racer
3265	ugg	black	runner
3266	ugg	grey	runner
3267	ugg	white	runner
3268	ugg	ivory	runner
3269	ugg	beige	runner
3270	ugg	brown	runner
3271	ugg	metallic	runner
3272	ugg	purple	runner
3273	ugg	blue	runner
3274	ugg	green	runner
3275	ugg	yellow	runner
3276	ugg	orange	runner
3277	ugg	pink	runner
3278	ugg	red	runner
3279	ugg	burgundy	runner
3280	ugg	other	runner
3281	ugg	black	classic
3282	ugg	grey	classic
3283	ugg	white	classic
3284	ugg	ivory	classic
3285	ugg	beige	classic
3286	ugg	brown	classic
3287	ugg	metallic	classic
3288	ugg	purple	classic
3289	ugg	blue	classic
3290	ugg	green	classic
3291	ugg	yellow	classic
3292	ugg	orange	classic
3293	ugg	pink	classic
3294	ugg	red	classic
3295	ugg	burgundy	classic
3296	ugg	other	classic
3297	ugg	black	high top
3298	ugg	grey	high top
3299	ugg	white	high top
3300	ugg	ivory	high top
3301	ugg	beige	high top
3302	ugg	brown	high top
3303	ugg	metallic	high top
3304	ugg	purple	high top
3305	ugg	blue	high top
3306	ugg	green	high top
3307	ugg	yellow	high top
3308	ugg	orange	high top
3309	ugg	pink	high top
3310	ugg	red	high top
3311	ugg	burgundy	high top
3312	ugg	other	high top
3313	ugg	black	low
3314	ugg	grey	low
3315	ugg	white	low
3316	ugg	ivory	low
3317	ugg	beige	low
3318	ugg	brown	low
3319	ugg	metallic	low
3320	ugg	purple	low
3321	ugg	blue	low
3322	ugg	green	low
3323	ugg	yellow	low
3324	ugg	orange	low
3325	ugg	pink	low
3326	ugg	red	low
3327	ugg	burgundy	low
3328	ugg	other	low
3329	ugg	black	trail
3330	ugg	grey	trail
3331	ugg	white	trail
3332	ugg	ivory	trail
3333	ugg	beige	trail
3334	ugg	brown	trail
3335	ugg	metallic	trail
3336	ugg	purple	trail
3337	ugg	blue	trail
3338	ugg	green	trail
3339	ugg	yellow	trail
3340	ugg	orange	trail
3341	ugg	pink	trail
3342	ugg	red	trail
3343	ugg	burgundy	trail
3344	ugg	other	trail
3345	ugg	black	court
3346	ugg	grey	court
3347	ugg	white	court
3348	ugg	ivory	court
3349	ugg	beige	court
3350	ugg	brown	court
3351	ugg	metallic	court
3352	ugg	purple	court
3353	ugg	blue	court
3354	ugg	green	court
3355	ugg	yellow	court
3356	ugg	orange	court
3357	ugg	pink	court
3358	ugg	red	court
3359	ugg	burgundy	court
3360	ugg	other	court
3361	ugg	black	boot
3362	ugg	grey	boot
3363	ugg	white	boot
3364	ugg	ivory	boot
3365	ugg	beige	boot
3366	ugg	brown	boot
3367	ugg	metallic	boot
3368	ugg	purple	boot
3369	ugg	blue	boot
3370	ugg	green	boot
3371	ugg	yellow	boot
3372	ugg	orange	boot
3373	ugg	pink	boot
3374	ugg	red	boot
3375	ugg	burgundy	boot
3376	ugg	other	boot
3377	ugg	black	loafer
3378	ugg	grey	loafer
3379	ugg	white	loafer
3380	ugg	ivory	loafer
3381	ugg	beige	loafer
3382	ugg	brown	loafer
3383	ugg	metallic	loafer
3384	ugg	purple	loafer
3385	ugg	blue	loafer
3386	ugg	green	loafer
3387	ugg	yellow	loafer
3388	ugg	orange	loafer
3389	ugg	pink	loafer
3390	ugg	red	loafer
3391	ugg	burgundy	loafer
3392	ugg	other	loafer
3393	ugg	black	sandal
3394	ugg	grey	sandal
3395	ugg	white	sandal
3396	ugg	ivory	sandal
3397	ugg	beige	sandal
3398	ugg	brown	sandal
3399	ugg	metallic	sandal
3400	ugg	purple	sandal
3401	ugg	blue	sandal
3402	ugg	green	sandal
3403	ugg	yellow	sandal
3404	ugg	orange	sandal
3405	ugg	pink	sandal
3406	ugg	red	sandal
3407	ugg	burgundy	sandal
3408	ugg	other	sandal
3409	ugg	black	slip on
3410	ugg	grey	slip on
3411	ugg	white	slip on
3412	ugg	ivory	slip on
3413	ugg	beige	slip on
3414	ugg	brown	slip on
3415	ugg	metallic	slip on
3416	ugg	purple	slip on
3417	ugg	blue	slip on
3418	ugg	green	slip on
3419	ugg	yellow	slip on
3420	ugg	orange	slip on
3421	ugg	pink	slip on
3422	ugg	red	slip on
3423	ugg	burgundy	slip on
3424	ugg	other	slip on
3425	ugg	black	trainer
3426	ugg	grey	trainer
3427	ugg	white	trainer
3428	ugg	ivory	trainer
3429	ugg	beige	trainer
3430	ugg	brown	trainer
3431	ugg	metallic	trainer
3432	ugg	purple	trainer
3433	ugg	blue	trainer
3434	ugg	green	trainer
3435	ugg	yellow	trainer
3436	ugg	orange	trainer
3437	ugg	pink	trainer
3438	ugg	red	trainer
3439	ugg	burgundy	trainer
3440	ugg	other	trainer
3441	ugg	black	racer
3442	ugg	grey	racer
3443	ugg	white	racer
3444	ugg	ivory	racer
3445	ugg	beige	racer
3446	ugg	brown	racer
3447	ugg	metallic	racer
3448	ugg	purple	racer
3449	ugg	blue	racer
3450	ugg	green	racer
3451	ugg	yellow	racer
3452	ugg	orange	racer
3453	ugg	pink	racer
3454	ugg	red	racer
3455	ugg	burgundy	racer
3456	ugg	other	racer
3457	crocs	black	runner
3458	crocs	grey	runner
3459	crocs	white	runner
3460	crocs	ivory	runner
3461	crocs	beige	runner
3462	crocs	brown	runner
3463	crocs	metallic	runner
3464	crocs	purple	runner
3465	crocs	blue	runner
3466	crocs	green	runner
3467	crocs	yellow	runner
3468	crocs	orange	runner
3469	crocs	pink	runner
3470	crocs	red	runner
3471	crocs	burgundy	runner
3472	crocs	other	runner
3473	crocs	black	classic
3474	crocs	grey	classic
3475	crocs	white	classic
3476	crocs	ivory	classic
3477	crocs	beige	classic
3478	crocs	brown	classic
3479	crocs	metallic	classic
3480	crocs	purple	classic
3481	crocs	blue	classic
3482	crocs	green	classic
3483	crocs	yellow	classic
3484	crocs	orange	classic
3485	crocs	pink	classic
3486	crocs	red	classic
3487	crocs	burgundy	classic
3488	crocs	other	classic
3489	crocs	black	high top
3490	crocs	grey	high top
3491	crocs	white	high top
3492	crocs	ivory	high top
3493	crocs	beige	high top
3494	crocs	brown	high top
3495	crocs	metallic	high top
3496	crocs	purple	high top
3497	crocs	blue	high top
3498	crocs	green	high top
3499	crocs	yellow	high top
3500	crocs	orange	high top
3501	crocs	pink	high top
3502	crocs	red	high top
3503	crocs	burgundy	high top
3504	crocs	other	high top
3505	crocs	black	low
3506	crocs	grey	low
3507	crocs	white	low
3508	crocs	ivory	low
3509	crocs	beige	low
3510	crocs	brown	low
3511	crocs	metallic	low
3512	crocs	purple	low
3513	crocs	blue	low
3514	crocs	green	low
3515	crocs	yellow	low
3516	crocs	orange	low
3517	crocs	pink	low
3518	crocs	red	low
3519	crocs	burgundy	low
3520	crocs	other	low
3521	crocs	black	trail
3522	crocs	grey	trail
3523	crocs	white	trail
3524	crocs	ivory	trail
3525	crocs	beige	trail
3526	crocs	brown	trail
3527	crocs	metallic	trail
3528	crocs	purple	trail
3529	crocs	blue	trail
3530	crocs	green	trail
3531	crocs	yellow	trail
3532	crocs	orange	trail
3533	crocs	pink	trail
3534	crocs	red	trail
3535	crocs	burgundy	trail
3536	crocs	other	trail
3537	crocs	black	court
3538	crocs	grey	court
3539	crocs	white	court
3540	crocs	ivory	court
3541	crocs	beige	court
3542	crocs	brown	court
3543	crocs	metallic	court
3544	crocs	purple	court
3545	crocs	blue	court
3546	crocs	green	court
3547	crocs	yellow	court
3548	crocs	orange	court
3549	crocs	pink	court
3550	crocs	red	court
3551	crocs	burgundy	court
3552	crocs	other	court
3553	crocs	black	boot
3554	crocs	grey	boot
3555	crocs	white	boot
3556	crocs	ivory	boot
3557	crocs	beige	boot
3558	crocs	brown	boot
3559	crocs	metallic	boot
3560	crocs	purple	boot
3561	crocs	blue	boot
3562	crocs	green	boot
3563	crocs	yellow	boot
3564	crocs	orange	boot
3565	crocs	pink	boot
3566	crocs	red	boot
3567	crocs	burgundy	boot
3568	crocs	other	boot
3569	crocs	black	loafer
3570	crocs	grey	loafer
3571	crocs	white	loafer
3572	crocs	ivory	loafer
3573	crocs	beige	loafer
3574	crocs	brown	loafer
3575	crocs	metallic	loafer
3576	crocs	purple	loafer
3577	crocs	blue	loafer
3578	crocs	green	loafer
3579	crocs	yellow	loafer
3580	crocs	orange	loafer
3581	crocs	pink	loafer
3582	crocs	red	loafer
3583	crocs	burgundy	loafer
3584	crocs	other	loafer
3585	crocs	black	sandal
3586	crocs	grey	sandal
3587	crocs	white	sandal
3588	crocs	ivory	sandal
3589	crocs	beige	sandal
3590	crocs	brown	sandal
3591	crocs	metallic	sandal
3592	crocs	purple	sandal
3593	crocs	blue	sandal
3594	crocs	green	sandal
3595	crocs	yellow	sandal
3596	crocs	orange	sandal
3597	crocs	pink	sandal
3598	crocs	red	sandal
3599	crocs	burgundy	sandal
3600	crocs	other	sandal
3601	crocs	black	slip on
3602	crocs	grey	slip on
3603	crocs	white	slip on
3604	crocs	ivory	slip on
3605	crocs	beige	slip on
3606	crocs	brown	slip on
3607	crocs	metallic	slip on
3608	crocs	purple	slip on
3609	crocs	blue	slip on
3610	crocs	green	slip on
3611	crocs	yellow	slip on
3612	crocs	orange	slip on
3613	crocs	pink	slip on
3614	crocs	red	slip on
3615	crocs	burgundy	slip on
3616	crocs	other	slip on
3617	crocs	black	trainer
3618	crocs	grey	trainer
3619	crocs	white	trainer
3620	crocs	ivory	trainer
3621	crocs	beige	trainer
3622	crocs	brown	trainer
3623	crocs	metallic	trainer
3624	crocs	purple	trainer
3625	crocs	blue	trainer
3626	crocs	green	trainer
3627	crocs	yellow	trainer
3628	crocs	orange	trainer
3629	crocs	pink	trainer
3630	crocs	red	trainer
3631	crocs	burgundy	trainer
3632	crocs	other	trainer
3633	crocs	black	racer
3634	crocs	grey	racer
3635	crocs	white	racer
3636	crocs	ivory	racer
3637	crocs	beige	racer
3638	crocs	brown	racer
3639	crocs	metallic	racer
3640	crocs	purple	racer
3641	crocs	blue	racer
3642	crocs	green	racer
3643	crocs	yellow	racer
3644	crocs	orange	racer
3645	crocs	pink	racer
3646	crocs	red	racer
3647	crocs	burgundy	racer
3648	crocs	other	racer
3649	skechers	black	runner
3650	skechers	grey	runner
3651	skechers	white	runner
3652	skechers	ivory	runner
3653	skechers	beige	runner
3654	skechers	brown	runner
3655	skechers	metallic	runner
3656	skechers	purple	runner
3657	skechers	blue	runner
3658	skechers	green	runner
3659	skechers	yellow	runner
3660	skechers	orange	runner
3661	skechers	pink	runner
3662	skechers	red	runner
3663	skechers	burgundy	runner
3664	skechers	other	runner
3665	skechers	black	classic
3666	skechers	grey	classic
3667	skechers	white	classic
3668	skechers	ivory	classic
3669	skechers	beige	classic
3670	skechers	brown	classic
3671	skechers	metallic	classic
3672	skechers	purple	classic
3673	skechers	blue	classic
3674	skechers	green	classic
3675	skechers	yellow	classic
3676	skechers	orange	classic
3677	skechers	pink	classic
3678	skechers	red	classic
3679	skechers	burgundy	classic
3680	skechers	other	classic
3681	skechers	black	high top
3682	skechers	grey	high top
3683	skechers	white	high top
3684	skechers	ivory	high top
3685	skechers	beige	high top
3686	skechers	brown	high top
3687	skechers	metallic	high top
3688	skechers	purple	high top
3689	skechers	blue	high top
3690	skechers	green	high top
3691	skechers	yellow	high top
3692	skechers	orange	high top
3693	skechers	pink	high top
3694	skechers	red	high top
3695	skechers	burgundy	high top
3696	skechers	other	high top
3697	skechers	black	low
3698	skechers	grey	low
3699	skechers	white	low
3700	skechers	ivory	low
3701	skechers	beige	low
3702	skechers	brown	low
3703	skechers	metallic	low
3704	skechers	purple	low
3705	skechers	blue	low
3706	skechers	green	low
3707	skechers	yellow	low
3708	skechers	orange	low
3709	skechers	pink	low
3710	skechers	red	low
3711	skechers	burgundy	low
3712	skechers	other	low
3713	skechers	black	trail
3714	skechers	grey	trail
3715	skechers	white	trail
3716	skechers	ivory	trail
3717	skechers	beige	trail
3718	skechers	brown	trail
3719	skechers	metallic	trail
3720	skechers	purple	trail
3721	skechers	blue	trail
3722	skechers	green	trail
3723	skechers	yellow	trail
3724	skechers	orange	trail
3725	skechers	pink	trail
3726	skechers	red	trail
3727	skechers	burgundy	trail
3728	skechers	other	trail
3729	skechers	black	court
3730	skechers	grey	court
3731	skechers	white	court
3732	skechers	ivory	court
3733	skechers	beige	court
3734	skechers	brown	court
3735	skechers	metallic	court
3736	skechers	purple	court
3737	skechers	blue	court
3738	skechers	green	court
3739	skechers	yellow	court
3740	skechers	orange	court
3741	skechers	pink	court
3742	skechers	red	court
3743	skechers	burgundy	court
3744	skechers	other	court
3745	skechers	black	boot
3746	skechers	grey	boot
3747	skechers	white	boot
3748	skechers	ivory	boot
3749	skechers	beige	boot
3750	skechers	brown	boot
3751	skechers	metallic	boot
3752	skechers	purple	boot
3753	skechers	blue	boot
3754	skechers	green	boot
3755	skechers	yellow	boot
3756	skechers	orange	boot
3757	skechers	pink	boot
3758	skechers	red	boot
3759	skechers	burgundy	boot
3760	skechers	other	boot
3761	skechers	black	loafer
3762	skechers	grey	loafer
3763	skechers	white	loafer
3764	skechers	ivory	loafer
3765	skechers	beige	loafer
3766	skechers	brown	loafer
3767	skechers	metallic	loafer
3768	skechers	purple	loafer
3769	skechers	blue	loafer
3770	skechers	green	loafer
3771	skechers	yellow	loafer
3772	skechers	orange	loafer
3773	skechers	pink	loafer
3774	skechers	red	loafer
3775	skechers	burgundy	loafer
3776	skechers	other	loafer
3777	skechers	black	sandal
3778	skechers	grey	sandal
3779	skechers	white	sandal
3780	skechers	ivory	sandal
3781	skechers	beige	sandal
3782	skechers	brown	sandal
3783	skechers	metallic	sandal
3784	skechers	purple	sandal
3785	skechers	blue	sandal
3786	skechers	green	sandal
3787	skechers	yellow	sandal
3788	skechers	orange	sandal
3789	skechers	pink	sandal
3790	skechers	red	sandal
3791	skechers	burgundy	sandal
3792	skechers	other	sandal
3793	skechers	black	slip on
3794	skechers	grey	slip on
3795	skechers	white	slip on
3796	skechers	ivory	slip on
3797	skechers	beige	slip on
3798	skechers	brown	slip on
3799	skechers	metallic	slip on
3800	skechers	purple	slip on
3801	skechers	blue	slip on
3802	skechers	green	slip on
3803	skechers	yellow	slip on
3804	skechers	orange	slip on
3805	skechers	pink	slip on
3806	skechers	red	slip on
3807	skechers	burgundy	slip on
3808	skechers	other	slip on
3809	skechers	black	trainer
3810	skechers	grey	trainer
3811	skechers	white	trainer
3812	skechers	ivory	trainer
3813	skechers	beige	trainer
3814	skechers	brown	trainer
3815	skechers	metallic	trainer
3816	skechers	purple	trainer
3817	skechers	blue	trainer
3818	skechers	green	trainer
3819	skechers	yellow	trainer
3820	skechers	orange	trainer
3821	skechers	pink	trainer
3822	skechers	red	trainer
3823	skechers	burgundy	trainer
3824	skechers	other	trainer
3825	skechers	black	racer
3826	skechers	grey	racer
3827	skechers	white	racer
3828	skechers	ivory	racer
3829	skechers	beige	racer
3830	skechers	brown	racer
3831	skechers	metallic	racer
3832	skechers	purple	racer
3833	skechers	blue	racer
3834	skechers	green	racer
3835	skechers	yellow	racer
3836	skechers	orange	racer
3837	skechers	pink	racer
3838	skechers	red	racer
3839	skechers	burgundy	racer
3840	skechers	other	racer
3841	fila	black	runner
3842	fila	grey	runner
3843	fila	white	runner
3844	fila	ivory	runner
3845	fila	beige	runner
3846	fila	brown	runner
3847	fila	metallic	runner
3848	fila	purple	runner
3849	fila	blue	runner
3850	fila	green	runner
3851	fila	yellow	runner
3852	fila	orange	runner
3853	fila	pink	runner
3854	fila	red	runner
3855	fila	burgundy	runner
3856	fila	other	runner
3857	fila	black	classic
3858	fila	grey	classic
3859	fila	white	classic
3860	fila	ivory	classic
3861	fila	beige	classic
3862	fila	brown	classic
3863	fila	metallic	classic
3864	fila	purple	classic
3865	fila	blue	classic
3866	fila	green	classic
3867	fila	yellow	classic
3868	fila	orange	classic
3869	fila	pink	classic
3870	fila	red	classic
3871	fila	burgundy	classic
3872	fila	other	classic
3873	fila	black	high top
3874	fila	grey	high top
3875	fila	white	high top
3876	fila	ivory	high top
3877	fila	beige	high top
3878	fila	brown	high top
3879	fila	metallic	high top
3880	fila	purple	high top
3881	fila	blue	high top
3882	fila	green	high top
3883	fila	yellow	high top
3884	fila	orange	high top
3885	fila	pink	high top
3886	fila	red	high top
3887	fila	burgundy	high top
3888	fila	other	high top
3889	fila	black	low
3890	fila	grey	low
3891	fila	white	low
3892	fila	ivory	low
3893	fila	beige	low
3894	fila	brown	low
3895	fila	metallic	low
3896	fila	purple	low
3897	fila	blue	low
3898	fila	green	low
3899	fila	yellow	low
3900	fila	orange	low
3901	fila	pink	low
3902	fila	red	low
3903	fila	burgundy	low
3904	fila	other	low
3905	fila	black	trail
3906	fila	grey	trail
3907	fila	white	trail
3908	fila	ivory	trail
3909	fila	beige	trail
3910	fila	brown	trail
3911	fila	metallic	trail
3912	fila	purple	trail
3913	fila	blue	trail
3914	fila	green	trail
3915	fila	yellow	trail
3916	fila	orange	trail
3917	fila	pink	trail
3918	fila	red	trail
3919	fila	burgundy	trail
3920	fila	other	trail
3921	fila	black	court
3922	fila	grey	court
3923	fila	white	court
3924	fila	ivory	court
3925	fila	beige	court
3926	fila	brown	court
3927	fila	metallic	court
3928	fila	purple	court
3929	fila	blue	court
3930	fila	green	court
3931	fila	yellow	court
3932	fila	orange	court
3933	fila	pink	court
3934	fila	red	court
3935	fila	burgundy	court
3936	fila	other	court
3937	fila	black	boot
3938	fila	grey	boot
3939	fila	white	boot
3940	fila	ivory	boot
3941	fila	beige	boot
3942	fila	brown	boot
3943	fila	metallic	boot
3944	fila	purple	boot
3945	fila	blue	boot
3946	fila	green	boot
3947	fila	yellow	boot
3948	fila	orange	boot
3949	fila	pink	boot
3950	fila	red	boot
3951	fila	burgundy	boot
3952	fila	other	boot
3953	fila	black	loafer
3954	fila	grey	loafer
3955	fila	white	loafer
3956	fila	ivory	loafer
3957	fila	beige	loafer
3958	fila	brown	loafer
3959	fila	metallic	loafer
3960	fila	purple	loafer
3961	fila	blue	loafer
3962	fila	green	loafer
3963	fila	yellow	loafer
3964	fila	orange	loafer
3965	fila	pink	loafer
3966	fila	red	loafer
3967	fila	burgundy	loafer
3968	fila	other	loafer
3969	fila	black	sandal
3970	fila	grey	sandal
3971	fila	white	sandal
3972	fila	ivory	sandal
3973	fila	beige	sandal
3974	fila	brown	sandal
3975	fila	metallic	sandal
3976	fila	purple	sandal
3977	fila	blue	sandal
3978	fila	green	sandal
3979	fila	yellow	sandal
3980	fila	orange	sandal
3981	fila	pink	sandal
3982	fila	red	sandal
3983	fila	burgundy	sandal
3984	fila	other	sandal
3985	fila	black	slip on
3986	fila	grey	slip on
3987	fila	white	slip on
3988	fila	ivory	slip on
3989	fila	beige	slip on
3990	fila	brown	slip on
3991	fila	metallic	slip on
3992	fila	purple	slip on
3993	fila	blue	slip on
3994	fila	green	slip on
3995	fila	yellow	slip on
3996	fila	orange	slip on
3997	fila	pink	slip on
3998	fila	red	slip on
3999	fila	burgundy	slip on
4000	fila	other	slip on
4001	fila	black	trainer
4002	fila	grey	trainer
4003	fila	white	trainer
4004	fila	ivory	trainer
4005	fila	beige	trainer
4006	fila	brown	trainer
4007	fila	metallic	trainer
4008	fila	purple	trainer
4009	fila	blue	trainer
4010	fila	green	trainer
4011	fila	yellow	trainer
4012	fila	orange	trainer
4013	fila	pink	trainer
4014	fila	red	trainer
4015	fila	burgundy	trainer
4016	fila	other	trainer
4017	fila	black	racer
4018	fila	grey	racer
4019	fila	white	racer
4020	fila	ivory	racer
4021	fila	beige	racer
4022	fila	brown	racer
4023	fila	metallic	racer
4024	fila	purple	racer
4025	fila	blue	racer
4026	fila	green	racer
4027	fila	yellow	racer
4028	fila	orange	racer
4029	fila	pink	racer
4030	fila	red	racer
4031	fila	burgundy	racer
4032	fila	other	racer
4033	mizuno	black	runner
4034	mizuno	grey	runner
4035	mizuno	white	runner
4036	mizuno	ivory	runner
4037	mizuno	beige	runner
4038	mizuno	brown	runner
4039	mizuno	metallic	runner
4040	mizuno	purple	runner
4041	mizuno	blue	runner
4042	mizuno	green	runner
4043	mizuno	yellow	runner
4044	mizuno	orange	runner
4045	mizuno	pink	runner
4046	mizuno	red	runner
4047	mizuno	burgundy	runner
4048	mizuno	other	runner
4049	mizuno	black	classic
4050	mizuno	grey	classic
4051	mizuno	white	classic
4052	mizuno	ivory	classic
4053	mizuno	beige	classic
4054	mizuno	brown	classic
4055	mizuno	metallic	classic
4056	mizuno	purple	classic
4057	mizuno	blue	classic
4058	mizuno	green	classic
4059	mizuno	yellow	classic
4060	mizuno	orange	classic
4061	mizuno	pink	classic
4062	mizuno	red	classic
4063	mizuno	burgundy	classic
4064	mizuno	other	classic
4065	mizuno	black	high top
4066	mizuno	grey	high top
4067	mizuno	white	high top
4068	mizuno	ivory	high top
4069	mizuno	beige	high top
4070	mizuno	brown	high top
4071	mizuno	metallic	high top
4072	mizuno	purple	high top
4073	mizuno	blue	high top
4074	mizuno	green	high top
4075	mizuno	yellow	high top
4076	mizuno	orange	high top
4077	mizuno	pink	high top
4078	mizuno	red	high top
4079	mizuno	burgundy	high top
4080	mizuno	other	high top
4081	mizuno	black	low
4082	mizuno	grey	low
4083	mizuno	white	low
4084	mizuno	ivory	low
4085	mizuno	beige	low
4086	mizuno	brown	low
4087	mizuno	metallic	low
4088	mizuno	purple	low
4089	mizuno	blue	low
4090	mizuno	green	low
4091	mizuno	yellow	low
4092	mizuno	orange	low
4093	mizuno	pink	low
4094	mizuno	red	low
4095	mizuno	burgundy	low
4096	mizuno	other	low
4097	mizuno	black	trail
4098	mizuno	grey	trail
4099	mizuno	white	trail
4100	mizuno	ivory	trail
4101	mizuno	beige	trail
4102	mizuno	brown	trail
4103	mizuno	metallic	trail
4104	mizuno	purple	trail
4105	mizuno	blue	trail
4106	mizuno	green	trail
4107	mizuno	yellow	trail
4108	mizuno	orange	trail
4109	mizuno	pink	trail
4110	mizuno	red	trail
4111	mizuno	burgundy	trail
4112	mizuno	other	trail
4113	mizuno	black	court
4114	mizuno	grey	court
4115	mizuno	white	court
4116	mizuno	ivory	court
4117	mizuno	beige	court
4118	mizuno	brown	court
4119	mizuno	metallic	court
4120	mizuno	purple	court
4121	mizuno	blue	court
4122	mizuno	green	court
4123	mizuno	yellow	court
4124	mizuno	orange	court
4125	mizuno	pink	court
4126	mizuno	red	court
4127	mizuno	burgundy	court
4128	mizuno	other	court
4129	mizuno	black	boot
4130	mizuno	grey	boot
4131	mizuno	white	boot
4132	mizuno	ivory	boot
4133	mizuno	beige	boot
4134	mizuno	brown	boot
4135	mizuno	metallic	boot
4136	mizuno	purple	boot
4137	mizuno	blue	boot
4138	mizuno	green	boot
4139	mizuno	yellow	boot
4140	mizuno	orange	boot
4141	mizuno	pink	boot
4142	mizuno	red	boot
4143	mizuno	burgundy	boot
4144	mizuno	other	boot
4145	mizuno	black	loafer
4146	mizuno	grey	loafer
4147	mizuno	white	loafer
4148	mizuno	ivory	loafer
4149	mizuno	beige	loafer
4150	mizuno	brown	loafer
4151	mizuno	metallic	loafer
4152	mizuno	purple	loafer
4153	mizuno	blue	loafer
4154	mizuno	green	loafer
4155	mizuno	yellow	loafer
4156	mizuno	orange	loafer
4157	mizuno	pink	loafer
4158	mizuno	red	loafer
4159	mizuno	burgundy	loafer
4160	mizuno	other	loafer
4161	mizuno	black	sandal
4162	mizuno	grey	sandal
4163	mizuno	white	sandal
4164	mizuno	ivory	sandal
4165	mizuno	beige	sandal
4166	mizuno	brown	sandal
4167	mizuno	metallic	sandal
4168	mizuno	purple	sandal
4169	mizuno	blue	sandal
4170	mizuno	green	sandal
4171	mizuno	yellow	sandal
4172	mizuno	orange	sandal
4173	mizuno	pink	sandal
4174	mizuno	red	sandal
4175	mizuno	burgundy	sandal
4176	mizuno	other	sandal
4177	mizuno	black	slip on
4178	mizuno	grey	slip on
4179	mizuno	white	slip on
4180	mizuno	ivory	slip on
4181	mizuno	beige	slip on
4182	mizuno	brown	slip on
4183	mizuno	metallic	slip on
4184	mizuno	purple	slip on
4185	mizuno	blue	slip on
4186	mizuno	green	slip on
4187	mizuno	yellow	slip on
4188	mizuno	orange	slip on
4189	mizuno	pink	slip on
4190	mizuno	red	slip on
4191	mizuno	burgundy	slip on
4192	mizuno	other	slip on
4193	mizuno	black	trainer
4194	mizuno	grey	trainer
4195	mizuno	white	trainer
4196	mizuno	ivory	trainer
4197	mizuno	beige	trainer
4198	mizuno	brown	trainer
4199	mizuno	metallic	trainer
4200	mizuno	purple	trainer
4201	mizuno	blue	trainer
4202	mizuno	green	trainer
4203	mizuno	yellow	trainer
4204	mizuno	orange	trainer
4205	mizuno	pink	trainer
4206	mizuno	red	trainer
4207	mizuno	burgundy	trainer
4208	mizuno	other	trainer
4209	mizuno	black	racer
4210	mizuno	grey	racer
4211	mizuno	white	racer
4212	mizuno	ivory	racer
4213	mizuno	beige	racer
4214	mizuno	brown	racer
4215	mizuno	metallic	racer
4216	mizuno	purple	racer
4217	mizuno	blue	racer
4218	mizuno	green	racer
4219	mizuno	yellow	racer
4220	mizuno	orange	racer
4221	mizuno	pink	racer
4222	mizuno	red	racer
4223	mizuno	burgundy	racer
4224	mizuno	other	racer
4225	merrell	black	runner
4226	merrell	grey	runner
4227	merrell	white	runner
4228	merrell	ivory	runner
4229	merrell	beige	runner
4230	merrell	brown	runner
4231	merrell	metallic	runner
4232	merrell	purple	runner
4233	merrell	blue	runner
4234	merrell	green	runner
4235	merrell	yellow	runner
4236	merrell	orange	runner
4237	merrell	pink	runner
4238	merrell	red	runner
4239	merrell	burgundy	runner
4240	merrell	other	runner
4241	merrell	black	classic
4242	merrell	grey	classic
4243	merrell	white	classic
4244	merrell	ivory	classic
4245	merrell	beige	classic
4246	merrell	brown	classic
4247	merrell	metallic	classic
4248	merrell	purple	classic
4249	merrell	blue	classic
4250	merrell	green	classic
4251	merrell	yellow	classic
4252	merrell	orange	classic
4253	merrell	pink	classic
4254	merrell	red	classic
4255	merrell	burgundy	classic
4256	merrell	other	classic
4257	merrell	black	high top
4258	merrell	grey	high top
4259	merrell	white	high top
4260	merrell	ivory	high top
4261	merrell	beige	high top
4262	merrell	brown	high top
4263	merrell	metallic	high top
4264	merrell	purple	high top
4265	merrell	blue	high top
4266	merrell	green	high top
4267	merrell	yellow	high top
4268	merrell	orange	high top
4269	merrell	pink	high top
4270	merrell	red	high top
4271	merrell	burgundy	high top
4272	merrell	other	high top
4273	merrell	black	low
4274	merrell	grey	low
4275	merrell	white	low
4276	merrell	ivory	low
4277	merrell	beige	low
4278	merrell	brown	low
4279	merrell	metallic	low
4280	merrell	purple	low
4281	merrell	blue	low
4282	merrell	green	low
4283	merrell	yellow	low
4284	merrell	orange	low
4285	merrell	pink	low
4286	merrell	red	low
4287	merrell	burgundy	low
4288	merrell	other	low
4289	merrell	black	trail
4290	merrell	grey	trail
4291	merrell	white	trail
4292	merrell	ivory	trail
4293	merrell	beige	trail
4294	merrell	brown	trail
4295	merrell	metallic	trail
4296	merrell	purple	trail
4297	merrell	blue	trail
4298	merrell	green	trail
4299	merrell	yellow	trail
4300	merrell	orange	trail
4301	merrell	pink	trail
4302	merrell	red	trail
4303	merrell	burgundy	trail
4304	merrell	other	trail
4305	merrell	black	court
4306	merrell	grey	court
4307	merrell	white	court
4308	merrell	ivory	court
4309	merrell	beige	court
4310	merrell	brown	court
4311	merrell	metallic	court
4312	merrell	purple	court
4313	merrell	blue	court
4314	merrell	green	court
4315	merrell	yellow	court
4316	merrell	orange	court
4317	merrell	pink	court
4318	merrell	red	court
4319	merrell	burgundy	court
4320	merrell	other	court
4321	merrell	black	boot
4322	merrell	grey	boot
4323	merrell	white	boot
4324	merrell	ivory	boot
4325	merrell	beige	boot
4326	merrell	brown	boot
4327	merrell	metallic	boot
4328	merrell	purple	boot
4329	merrell	blue	boot
4330	merrell	green	boot
4331	merrell	yellow	boot
4332	merrell	orange	boot
4333	merrell	pink	boot
4334	merrell	red	boot
4335	merrell	burgundy	boot
4336	merrell	other	boot
4337	merrell	black	loafer
4338	merrell	grey	loafer
4339	merrell	white	loafer
4340	merrell	ivory	loafer
4341	merrell	beige	loafer
4342	merrell	brown	loafer
4343	merrell	metallic	loafer
4344	merrell	purple	loafer
4345	merrell	blue	loafer
4346	merrell	green	loafer
4347	merrell	yellow	loafer
4348	merrell	orange	loafer
4349	merrell	pink	loafer
4350	merrell	red	loafer
4351	merrell	burgundy	loafer
4352	merrell	other	loafer
4353	merrell	black	sandal
4354	merrell	grey	sandal
4355	merrell	white	sandal
4356	merrell	ivory	sandal
4357	merrell	beige	sandal
4358	merrell	brown	sandal
4359	merrell	metallic	sandal
4360	merrell	purple	sandal
4361	merrell	blue	sandal
4362	merrell	green	sandal
4363	merrell	yellow	sandal
4364	merrell	orange	sandal
4365	merrell	pink	sandal
4366	merrell	red	sandal
4367	merrell	burgundy	sandal
4368	merrell	other	sandal
4369	merrell	black	slip on
4370	merrell	grey	slip on
4371	merrell	white	slip on
4372	merrell	ivory	slip on
4373	merrell	beige	slip on
4374	merrell	brown	slip on
4375	merrell	metallic	slip on
4376	merrell	purple	slip on
4377	merrell	blue	slip on
4378	merrell	green	slip on
4379	merrell	yellow	slip on
4380	merrell	orange	slip on
4381	merrell	pink	slip on
4382	merrell	red	slip on
4383	merrell	burgundy	slip on
4384	merrell	other	slip on
4385	merrell	black	trainer
4386	merrell	grey	trainer
4387	merrell	white	trainer
4388	merrell	ivory	trainer
4389	merrell	beige	trainer
4390	merrell	brown	trainer
4391	merrell	metallic	trainer
4392	merrell	purple	trainer
4393	merrell	blue	trainer
4394	merrell	green	trainer
4395	merrell	yellow	trainer
4396	merrell	orange	trainer
4397	merrell	pink	trainer
4398	merrell	red	trainer
4399	merrell	burgundy	trainer
4400	merrell	other	trainer
4401	merrell	black	racer
4402	merrell	grey	racer
4403	merrell	white	racer
4404	merrell	ivory	racer
4405	merrell	beige	racer
4406	merrell	brown	racer
4407	merrell	metallic	racer
4408	merrell	purple	racer
4409	merrell	blue	racer
4410	merrell	green	racer
4411	merrell	yellow	racer
4412	merrell	orange	racer
4413	merrell	pink	racer
4414	merrell	red	racer
4415	merrell	burgundy	racer
4416	merrell	other	racer
4417	keen	black	runner
4418	keen	grey	runner
4419	keen	white	runner
4420	keen	ivory	runner
4421	keen	beige	runner
4422	keen	brown	runner
4423	keen	metallic	runner
4424	keen	purple	runner
4425	keen	blue	runner
4426	keen	green	runner
4427	keen	yellow	runner
4428	keen	orange	runner
4429	keen	pink	runner
4430	keen	red	runner
4431	keen	burgundy	runner
4432	keen	other	runner
4433	keen	black	classic
4434	keen	grey	classic
4435	keen	white	classic
4436	keen	ivory	classic
4437	keen	beige	classic
4438	keen	brown	classic
4439	keen	metallic	classic
4440	keen	purple	classic
4441	keen	blue	classic
4442	keen	green	classic
4443	keen	yellow	classic
4444	keen	orange	classic
4445	keen	pink	classic
4446	keen	red	classic
4447	keen	burgundy	classic
4448	keen	other	classic
4449	keen	black	high top
4450	keen	grey	high top
4451	keen	white	high top
4452	keen	ivory	high top
4453	keen	beige	high top
4454	keen	brown	high top
4455	keen	metallic	high top
4456	keen	purple	high top
4457	keen	blue	high top
4458	keen	green	high top
4459	keen	yellow	high top
4460	keen	orange	high top
4461	keen	pink	high top
4462	keen	red	high top
4463	keen	burgundy	high top
4464	keen	other	high top
4465	keen	black	low
4466	keen	grey	low
4467	keen	white	low
4468	keen	ivory	low
4469	keen	beige	low
4470	keen	brown	low
4471	keen	metallic	low
4472	keen	purple	low
4473	keen	blue	low
4474	keen	green	low
4475	keen	yellow	low
4476	keen	orange	low
4477	keen	pink	low
4478	keen	red	low
4479	keen	burgundy	low
4480	keen	other	low
4481	keen	black	trail
4482	keen	grey	trail
4483	keen	white	trail
4484	keen	ivory	trail
4485	keen	beige	trail
4486	keen	brown	trail
4487	keen	metallic	trail
4488	keen	purple	trail
4489	keen	blue	trail
4490	keen	green	trail
4491	keen	yellow	trail
4492	keen	orange	trail
4493	keen	pink	trail
4494	keen	red	trail
4495	keen	burgundy	trail
4496	keen	other	trail
4497	keen	black	court
4498	keen	grey	court
4499	keen	white	court
4500	keen	ivory	court
4501	keen	beige	court
4502	keen	brown	court
4503	keen	metallic	court
4504	keen	purple	court
4505	keen	blue	court
4506	keen	green	court
4507	keen	yellow	court
4508	keen	orange	court
4509	keen	pink	court
4510	keen	red	court
4511	keen	burgundy	court
4512	keen	other	court
4513	keen	black	boot
4514	keen	grey	boot
4515	keen	white	boot
4516	keen	ivory	boot
4517	keen	beige	boot
4518	keen	brown	boot
4519	keen	metallic	boot
4520	keen	purple	boot
4521	keen	blue	boot
4522	keen	green	boot
4523	keen	yellow	boot
4524	keen	orange	boot
4525	keen	pink	boot
4526	keen	red	boot
4527	keen	burgundy	boot
4528	keen	other	boot
4529	keen	black	loafer
4530	keen	grey	loafer
4531	keen	white	loafer
4532	keen	ivory	loafer
4533	keen	beige	loafer
4534	keen	brown	loafer
4535	keen	metallic	loafer
4536	keen	purple	loafer
4537	keen	blue	loafer
4538	keen	green	loafer
4539	keen	yellow	loafer
4540	keen	orange	loafer
4541	keen	pink	loafer
4542	keen	red	loafer
4543	keen	burgundy	loafer
4544	keen	other	loafer
4545	keen	black	sandal
4546	keen	grey	sandal
4547	keen	white	sandal
4548	keen	ivory	sandal
4549	keen	beige	sandal
4550	keen	brown	sandal
4551	keen	metallic	sandal
4552	keen	purple	sandal
4553	keen	blue	sandal
4554	keen	green	sandal
4555	keen	yellow	sandal
4556	keen	orange	sandal
4557	keen	pink	sandal
4558	keen	red	sandal
4559	keen	burgundy	sandal
4560	keen	other	sandal
4561	keen	black	slip on
4562	keen	grey	slip on
4563	keen	white	slip on
4564	keen	ivory	slip on
4565	keen	beige	slip on
4566	keen	brown	slip on
4567	keen	metallic	slip on
4568	keen	purple	slip on
4569	keen	blue	slip on
4570	keen	green	slip on
4571	keen	yellow	slip on
4572	keen	orange	slip on
4573	keen	pink	slip on
4574	keen	red	slip on
4575	keen	burgundy	slip on
4576	keen	other	slip on
4577	keen	black	trainer
4578	keen	grey	trainer
4579	keen	white	trainer
4580	keen	ivory	trainer
4581	keen	beige	trainer
4582	keen	brown	trainer
4583	keen	metallic	trainer
4584	keen	purple	trainer
4585	keen	blue	trainer
4586	keen	green	trainer
4587	keen	yellow	trainer
4588	keen	orange	trainer
4589	keen	pink	trainer
4590	keen	red	trainer
4591	keen	burgundy	trainer
4592	keen	other	trainer
4593	keen	black	racer
4594	keen	grey	racer
4595	keen	white	racer
4596	keen	ivory	racer
4597	keen	beige	racer
4598	keen	brown	racer
4599	keen	metallic	racer
4600	keen	purple	racer
4601	keen	blue	racer
4602	keen	green	racer
4603	keen	yellow	racer
4604	keen	orange	racer
4605	keen	pink	racer
4606	keen	red	racer
4607	keen	burgundy	racer
4608	keen	other	racer
4609	ecco	black	runner
4610	ecco	grey	runner
4611	ecco	white	runner
4612	ecco	ivory	runner
4613	ecco	beige	runner
4614	ecco	brown	runner
4615	ecco	metallic	runner
4616	ecco	purple	runner
4617	ecco	blue	runner
4618	ecco	green	runner
4619	ecco	yellow	runner
4620	ecco	orange	runner
4621	ecco	pink	runner
4622	ecco	red	runner
4623	ecco	burgundy	runner
4624	ecco	other	runner
4625	ecco	black	classic
4626	ecco	grey	classic
4627	ecco	white	classic
4628	ecco	ivory	classic
4629	ecco	beige	classic
4630	ecco	brown	classic
4631	ecco	metallic	classic
4632	ecco	purple	classic
4633	ecco	blue	classic
4634	ecco	green	classic
4635	ecco	yellow	classic
4636	ecco	orange	classic
4637	ecco	pink	classic
4638	ecco	red	classic
4639	ecco	burgundy	classic
4640	ecco	other	classic
4641	ecco	black	high top
4642	ecco	grey	high top
4643	ecco	white	high top
4644	ecco	ivory	high top
4645	ecco	beige	high top
4646	ecco	brown	high top
4647	ecco	metallic	high top
4648	ecco	purple	high top
4649	ecco	blue	high top
4650	ecco	green	high top
4651	ecco	yellow	high top
4652	ecco	orange	high top
4653	ecco	pink	high top
4654	ecco	red	high top
4655	ecco	burgundy	high top
4656	ecco	other	high top
4657	ecco	black	low
4658	ecco	grey	low
4659	ecco	white	low
4660	ecco	ivory	low
4661	ecco	beige	low
4662	ecco	brown	low
4663	ecco	metallic	low
4664	ecco	purple	low
4665	ecco	blue	low
4666	ecco	green	low
4667	ecco	yellow	low
4668	ecco	orange	low
4669	ecco	pink	low
4670	ecco	red	low
4671	ecco	burgundy	low
4672	ecco	other	low
4673	ecco	black	trail
4674	ecco	grey	trail
4675	ecco	white	trail
4676	ecco	ivory	trail
4677	ecco	beige	trail
4678	ecco	brown	trail
4679	ecco	metallic	trail
4680	ecco	purple	trail
4681	ecco	blue	trail
4682	ecco	green	trail
4683	ecco	yellow	trail
4684	ecco	orange	trail
4685	ecco	pink	trail
4686	ecco	red	trail
4687	ecco	burgundy	trail
4688	ecco	other	trail
4689	ecco	black	court
4690	ecco	grey	court
4691	ecco	white	court
4692	ecco	ivory	court
4693	ecco	beige	court
4694	ecco	brown	court
4695	ecco	metallic	court
4696	ecco	purple	court
4697	ecco	blue	court
4698	ecco	green	court
4699	ecco	yellow	court
4700	ecco	orange	court
4701	ecco	pink	court
4702	ecco	red	court
4703	ecco	burgundy	court
4704	ecco	other	court
4705	ecco	black	boot
4706	ecco	grey	boot
4707	ecco	white	boot
4708	ecco	ivory	boot
4709	ecco	beige	boot
4710	ecco	brown	boot
4711	ecco	metallic	boot
4712	ecco	purple	boot
4713	ecco	blue	boot
4714	ecco	green	boot
4715	ecco	yellow	boot
4716	ecco	orange	boot
4717	ecco	pink	boot
4718	ecco	red	boot
4719	ecco	burgundy	boot
4720	ecco	other	boot
4721	ecco	black	loafer
4722	ecco	grey	loafer
4723	ecco	white	loafer
4724	ecco	ivory	loafer
4725	ecco	beige	loafer
4726	ecco	brown	loafer
4727	ecco	metallic	loafer
4728	ecco	purple	loafer
4729	ecco	blue	loafer
4730	ecco	green	loafer
4731	ecco	yellow	loafer
4732	ecco	orange	loafer
4733	ecco	pink	loafer
4734	ecco	red	loafer
4735	ecco	burgundy	loafer
4736	ecco	other	loafer
4737	ecco	black	sandal
4738	ecco	grey	sandal
4739	ecco	white	sandal
4740	ecco	ivory	sandal
4741	ecco	beige	sandal
4742	ecco	brown	sandal
4743	ecco	metallic	sandal
4744	ecco	purple	sandal
4745	ecco	blue	sandal
4746	ecco	green	sandal
4747	ecco	yellow	sandal
4748	ecco	orange	sandal
4749	ecco	pink	sandal
4750	ecco	red	sandal
4751	ecco	burgundy	sandal
4752	ecco	other	sandal
4753	ecco	black	slip on
4754	ecco	grey	slip on
4755	ecco	white	slip on
4756	ecco	ivory	slip on
4757	ecco	beige	slip on
4758	ecco	brown	slip on
4759	ecco	metallic	slip on
4760	ecco	purple	slip on
4761	ecco	blue	slip on
4762	ecco	green	slip on
4763	ecco	yellow	slip on
4764	ecco	orange	slip on
4765	ecco	pink	slip on
4766	ecco	red	slip on
4767	ecco	burgundy	slip on
4768	ecco	other	slip on
4769	ecco	black	trainer
4770	ecco	grey	trainer
4771	ecco	white	trainer
4772	ecco	ivory	trainer
4773	ecco	beige	trainer
4774	ecco	brown	trainer
4775	ecco	metallic	trainer
4776	ecco	purple	trainer
4777	ecco	blue	trainer
4778	ecco	green	trainer
4779	ecco	yellow	trainer
4780	ecco	orange	trainer
4781	ecco	pink	trainer
4782	ecco	red	trainer
4783	ecco	burgundy	trainer
4784	ecco	other	trainer
4785	ecco	black	racer
4786	ecco	grey	racer
4787	ecco	white	racer
4788	ecco	ivory	racer
4789	ecco	beige	racer
4790	ecco	brown	racer
4791	ecco	metallic	racer
4792	ecco	purple	racer
4793	ecco	blue	racer
4794	ecco	green	racer
4795	ecco	yellow	racer
4796	ecco	orange	racer
4797	ecco	pink	racer
4798	ecco	red	racer
4799	ecco	burgundy	racer
4800	ecco	other	racer
4801	camper	black	runner
4802	camper	grey	runner
4803	camper	white	runner
4804	camper	ivory	runner
4805	camper	beige	runner
4806	camper	brown	runner
4807	camper	metallic	runner
4808	camper	purple	runner
4809	camper	blue	runner
4810	camper	green	runner
4811	camper	yellow	runner
4812	camper	orange	runner
4813	camper	pink	runner
4814	camper	red	runner
4815	camper	burgundy	runner
4816	camper	other	runner
4817	camper	black	classic
4818	camper	grey	classic
4819	camper	white	classic
4820	camper	ivory	classic
4821	camper	beige	classic
4822	camper	brown	classic
4823	camper	metallic	classic
4824	camper	purple	classic
4825	camper	blue	classic
4826	camper	green	classic
4827	camper	yellow	classic
4828	camper	orange	classic
4829	camper	pink	classic
4830	camper	red	classic
4831	camper	burgundy	classic
4832	camper	other	classic
4833	camper	black	high top
4834	camper	grey	high top
4835	camper	white	high top
4836	camper	ivory	high top
4837	camper	beige	high top
4838	camper	brown	high top
4839	camper	metallic	high top
4840	camper	purple	high top
4841	camper	blue	high top
4842	camper	green	high top
4843	camper	yellow	high top
4844	camper	orange	high top
4845	camper	pink	high top
4846	camper	red	high top
4847	camper	burgundy	high top
4848	camper	other	high top
4849	camper	black	low
4850	camper	grey	low
4851	camper	white	low
4852	camper	ivory	low
4853	camper	beige	low
4854	camper	brown	low
4855	camper	metallic	low
4856	camper	purple	low
4857	camper	blue	low
4858	camper	green	low
4859	camper	yellow	low
4860	camper	orange	low
4861	camper	pink	low
4862	camper	red	low
4863	camper	burgundy	low
4864	camper	other	low
4865	camper	black	trail
4866	camper	grey	trail
4867	camper	white	trail
4868	camper	ivory	trail
4869	camper	beige	trail
4870	camper	brown	trail
4871	camper	metallic	trail
4872	camper	purple	trail
4873	camper	blue	trail
4874	camper	green	trail
4875	camper	yellow	trail
4876	camper	orange	trail
4877	camper	pink	trail
4878	camper	red	trail
4879	camper	burgundy	trail
4880	camper	other	trail
4881	camper	black	court
4882	camper	grey	court
4883	camper	white	court
4884	camper	ivory	court
4885	camper	beige	court
4886	camper	brown	court
4887	camper	metallic	court
4888	camper	purple	court
4889	camper	blue	court
4890	camper	green	court
4891	camper	yellow	court
4892	camper	orange	court
4893	camper	pink	court
4894	camper	red	court
4895	camper	burgundy	court
4896	camper	other	court
4897	camper	black	boot
4898	camper	grey	boot
4899	camper	white	boot
4900	camper	ivory	boot
4901	camper	beige	boot
4902	camper	brown	boot
4903	camper	metallic	boot
4904	camper	purple	boot
4905	camper	blue	boot
4906	camper	green	boot
4907	camper	yellow	boot
4908	camper	orange	boot
4909	camper	pink	boot
4910	camper	red	boot
4911	camper	burgundy	boot
4912	camper	other	boot
4913	camper	black	loafer
4914	camper	grey	loafer
4915	camper	white	loafer
4916	camper	ivory	loafer
4917	camper	beige	loafer
4918	camper	brown	loafer
4919	camper	metallic	loafer
4920	camper	purple	loafer
4921	camper	blue	loafer
4922	camper	green	loafer
4923	camper	yellow	loafer
4924	camper	orange	loafer
4925	camper	pink	loafer
4926	camper	red	loafer
4927	camper	burgundy	loafer
4928	camper	other	loafer
4929	camper	black	sandal
4930	camper	grey	sandal
4931	camper	white	sandal
4932	camper	ivory	sandal
4933	camper	beige	sandal
4934	camper	brown	sandal
4935	camper	metallic	sandal
4936	camper	purple	sandal
4937	camper	blue	sandal
4938	camper	green	sandal
4939	camper	yellow	sandal
4940	camper	orange	sandal
4941	camper	pink	sandal
4942	camper	red	sandal
4943	camper	burgundy	sandal
4944	camper	other	sandal
4945	camper	black	slip on
4946	camper	grey	slip on
4947	camper	white	slip on
4948	camper	ivory	slip on
4949	camper	beige	slip on
4950	camper	brown	slip on
4951	camper	metallic	slip on
4952	camper	purple	slip on
4953	camper	blue	slip on
4954	camper	green	slip on
4955	camper	yellow	slip on
4956	camper	orange	slip on
4957	camper	pink	slip on
4958	camper	red	slip on
4959	camper	burgundy	slip on
4960	camper	other	slip on
4961	camper	black	trainer
4962	camper	grey	trainer
4963	camper	white	trainer
4964	camper	ivory	trainer
4965	camper	beige	trainer
4966	camper	brown	trainer
4967	camper	metallic	trainer
4968	camper	purple	trainer
4969	camper	blue	trainer
4970	camper	green	trainer
4971	camper	yellow	trainer
4972	camper	orange	trainer
4973	camper	pink	trainer
4974	camper	red	trainer
4975	camper	burgundy	trainer
4976	camper	other	trainer
4977	camper	black	racer
4978	camper	grey	racer
4979	camper	white	racer
4980	camper	ivory	racer
4981	camper	beige	racer
4982	camper	brown	racer
4983	camper	metallic	racer
4984	camper	purple	racer
4985	camper	blue	racer
4986	camper	green	racer
4987	camper	yellow	racer
4988	camper	orange	racer
4989	camper	pink	racer
4990	camper	red	racer
4991	camper	burgundy	racer
4992	camper	other	racer
4993	veja	black	runner
4994	veja	grey	runner
4995	veja	white	runner
4996	veja	ivory	runner
4997	veja	beige	runner
4998	veja	brown	runner
4999	veja	metallic	runner
5000	veja	purple	runner
5001	veja	blue	runner
5002	veja	green	runner
5003	veja	yellow	runner
5004	veja	orange	runner
5005	veja	pink	runner
5006	veja	red	runner
5007	veja	burgundy	runner
5008	veja	other	runner
5009	veja	black	classic
5010	veja	grey	classic
5011	veja	white	classic
5012	veja	ivory	classic
5013	veja	beige	classic
5014	veja	brown	classic
5015	veja	metallic	classic
5016	veja	purple	classic
5017	veja	blue	classic
5018	veja	green	classic
5019	veja	yellow	classic
5020	veja	orange	classic
5021	veja	pink	classic
5022	veja	red	classic
5023	veja	burgundy	classic
5024	veja	other	classic
5025	veja	black	high top
5026	veja	grey	high top
5027	veja	white	high top
5028	veja	ivory	high top
5029	veja	beige	high top
5030	veja	brown	high top
5031	veja	metallic	high top
5032	veja	purple	high top
5033	veja	blue	high top
5034	veja	green	high top
5035	veja	yellow	high top
5036	veja	orange	high top
5037	veja	pink	high top
5038	veja	red	high top
5039	veja	burgundy	high top
5040	veja	other	high top
5041	veja	black	low
5042	veja	grey	low
5043	veja	white	low
5044	veja	ivory	low
5045	veja	beige	low
5046	veja	brown	low
5047	veja	metallic	low
5048	veja	purple	low
5049	veja	blue	low
5050	veja	green	low
5051	veja	yellow	low
5052	veja	orange	low
5053	veja	pink	low
5054	veja	red	low
5055	veja	burgundy	low
5056	veja	other	low
5057	veja	black	trail
5058	veja	grey	trail
5059	veja	white	trail
5060	veja	ivory	trail
5061	veja	beige	trail
5062	veja	brown	trail
5063	veja	metallic	trail
5064	veja	purple	trail
5065	veja	blue	trail
5066	veja	green	trail
5067	veja	yellow	trail
5068	veja	orange	trail
5069	veja	pink	trail
5070	veja	red	trail
5071	veja	burgundy	trail
5072	veja	other	trail
5073	veja	black	court
5074	veja	grey	court
5075	veja	white	court
5076	veja	ivory	court
5077	veja	beige	court
5078	veja	brown	court
5079	veja	metallic	court
5080	veja	purple	court
5081	veja	blue	court
5082	veja	green	court
5083	veja	yellow	court
5084	veja	orange	court
5085	veja	pink	court
5086	veja	red	court
5087	veja	burgundy	court
5088	veja	other	court
5089	veja	black	boot
5090	veja	grey	boot
5091	veja	white	boot
5092	veja	ivory	boot
5093	veja	beige	boot
5094	veja	brown	boot
5095	veja	metallic	boot
5096	veja	purple	boot
5097	veja	blue	boot
5098	veja	green	boot
5099	veja	yellow	boot
5100	veja	orange	boot
5101	veja	pink	boot
5102	veja	red	boot
5103	veja	burgundy	boot
5104	veja	other	boot
5105	veja	black	loafer
5106	veja	grey	loafer
5107	veja	white	loafer
5108	veja	ivory	loafer
5109	veja	beige	loafer
5110	veja	brown	loafer
5111	veja	metallic	loafer
5112	veja	purple	loafer
5113	veja	blue	loafer
5114	veja	green	loafer
5115	veja	yellow	loafer
5116	veja	orange	loafer
5117	veja	pink	loafer
5118	veja	red	loafer
5119	veja	burgundy	loafer
5120	veja	other	loafer
5121	veja	black	sandal
5122	veja	grey	sandal
5123	veja	white	sandal
5124	veja	ivory	sandal
5125	veja	beige	sandal
5126	veja	brown	sandal
5127	veja	metallic	sandal
5128	veja	purple	sandal
5129	veja	blue	sandal
5130	veja	green	sandal
5131	veja	yellow	sandal
5132	veja	orange	sandal
5133	veja	pink	sandal
5134	veja	red	sandal
5135	veja	burgundy	sandal
5136	veja	other	sandal
5137	veja	black	slip on
5138	veja	grey	slip on
5139	veja	white	slip on
5140	veja	ivory	slip on
5141	veja	beige	slip on
5142	veja	brown	slip on
5143	veja	metallic	slip on
5144	veja	purple	slip on
5145	veja	blue	slip on
5146	veja	green	slip on
5147	veja	yellow	slip on
5148	veja	orange	slip on
5149	veja	pink	slip on
5150	veja	red	slip on
5151	veja	burgundy	slip on
5152	veja	other	slip on
5153	veja	black	trainer
5154	veja	grey	trainer
5155	veja	white	trainer
5156	veja	ivory	trainer
5157	veja	beige	trainer
5158	veja	brown	trainer
5159	veja	metallic	trainer
5160	veja	purple	trainer
5161	veja	blue	trainer
5162	veja	green	trainer
5163	veja	yellow	trainer
5164	veja	orange	trainer
5165	veja	pink	trainer
5166	veja	red	trainer
5167	veja	burgundy	trainer
5168	veja	other	trainer
5169	veja	black	racer
5170	veja	grey	racer
5171	veja	white	racer
5172	veja	ivory	racer
5173	veja	beige	racer
5174	veja	brown	racer
5175	veja	metallic	racer
5176	veja	purple	racer
5177	veja	blue	racer
5178	veja	green	racer
5179	veja	yellow	racer
5180	veja	orange	racer
5181	veja	pink	racer
5182	veja	red	racer
5183	veja	burgundy	racer
5184	veja	other	racer
5185	diadora	black	runner
5186	diadora	grey	runner
5187	diadora	white	runner
5188	diadora	ivory	runner
5189	diadora	beige	runner
5190	diadora	brown	runner
5191	diadora	metallic	runner
5192	diadora	purple	runner
5193	diadora	blue	runner
5194	diadora	green	runner
5195	diadora	yellow	runner
5196	diadora	orange	runner
5197	diadora	pink	runner
5198	diadora	red	runner
5199	diadora	burgundy	runner
5200	diadora	other	runner
5201	diadora	black	classic
5202	diadora	grey	classic
5203	diadora	white	classic
5204	diadora	ivory	classic
5205	diadora	beige	classic
5206	diadora	brown	classic
5207	diadora	metallic	classic
5208	diadora	purple	classic
5209	diadora	blue	classic
5210	diadora	green	classic
5211	diadora	yellow	classic
5212	diadora	orange	classic
5213	diadora	pink	classic
5214	diadora	red	classic
5215	diadora	burgundy	classic
5216	diadora	other	classic
5217	diadora	black	high top
5218	diadora	grey	high top
5219	diadora	white	high top
5220	diadora	ivory	high top
5221	diadora	beige	high top
5222	diadora	brown	high top
5223	diadora	metallic	high top
5224	diadora	purple	high top
5225	diadora	blue	high top
5226	diadora	green	high top
5227	diadora	yellow	high top
5228	diadora	orange	high top
5229	diadora	pink	high top
5230	diadora	red	high top
5231	diadora	burgundy	high top
5232	diadora	other	high top
5233	diadora	black	low
5234	diadora	grey	low
5235	diadora	white	low
5236	diadora	ivory	low
5237	diadora	beige	low
5238	diadora	brown	low
5239	diadora	metallic	low
5240	diadora	purple	low
5241	diadora	blue	low
5242	diadora	green	low
5243	diadora	yellow	low
5244	diadora	orange	low
5245	diadora	pink	low
5246	diadora	red	low
5247	diadora	burgundy	low
5248	diadora	other	low
5249	diadora	black	trail
5250	diadora	grey	trail
5251	diadora	white	trail
5252	diadora	ivory	trail
5253	diadora	beige	trail
5254	diadora	brown	trail
5255	diadora	metallic	trail
5256	diadora	purple	trail
5257	diadora	blue	trail
5258	diadora	green	trail
5259	diadora	yellow	trail
5260	diadora	orange	trail
5261	diadora	pink	trail
5262	diadora	red	trail
5263	diadora	burgundy	trail
5264	diadora	other	trail
5265	diadora	black	court
5266	diadora	grey	court
5267	diadora	white	court
5268	diadora	ivory	court
5269	diadora	beige	court
5270	diadora	brown	court
5271	diadora	metallic	court
5272	diadora	purple	court
5273	diadora	blue	court
5274	diadora	green	court
5275	diadora	yellow	court
5276	diadora	orange	court
5277	diadora	pink	court
5278	diadora	red	court
5279	diadora	burgundy	court
5280	diadora	other	court
5281	diadora	black	boot
5282	diadora	grey	boot
5283	diadora	white	boot
5284	diadora	ivory	boot
5285	diadora	beige	boot
5286	diadora	brown	boot
5287	diadora	metallic	boot
5288	diadora	purple	boot
5289	diadora	blue	boot
5290	diadora	green	boot
5291	diadora	yellow	boot
5292	diadora	orange	boot
5293	diadora	pink	boot
5294	diadora	red	boot
5295	diadora	burgundy	boot
5296	diadora	other	boot
5297	diadora	black	loafer
5298	diadora	grey	loafer
5299	diadora	white	loafer
5300	diadora	ivory	loafer
5301	diadora	beige	loafer
5302	diadora	brown	loafer
5303	diadora	metallic	loafer
5304	diadora	purple	loafer
5305	diadora	blue	loafer
5306	diadora	green	loafer
5307	diadora	yellow	loafer
5308	diadora	orange	loafer
5309	diadora	pink	loafer
5310	diadora	red	loafer
5311	diadora	burgundy	loafer
5312	diadora	other	loafer
5313	diadora	black	sandal
5314	diadora	grey	sandal
5315	diadora	white	sandal
5316	diadora	ivory	sandal
5317	diadora	beige	sandal
5318	diadora	brown	sandal
5319	diadora	metallic	sandal
5320	diadora	purple	sandal
5321	diadora	blue	sandal
5322	diadora	green	sandal
5323	diadora	yellow	sandal
5324	diadora	orange	sandal
5325	diadora	pink	sandal
5326	diadora	red	sandal
5327	diadora	burgundy	sandal
5328	diadora	other	sandal
5329	diadora	black	slip on
5330	diadora	grey	slip on
5331	diadora	white	slip on
5332	diadora	ivory	slip on
5333	diadora	beige	slip on
5334	diadora	brown	slip on
5335	diadora	metallic	slip on
5336	diadora	purple	slip on
5337	diadora	blue	slip on
5338	diadora	green	slip on
5339	diadora	yellow	slip on
5340	diadora	orange	slip on
5341	diadora	pink	slip on
5342	diadora	red	slip on
5343	diadora	burgundy	slip on
5344	diadora	other	slip on
5345	diadora	black	trainer
5346	diadora	grey	trainer
5347	diadora	white	trainer
5348	diadora	ivory	trainer
5349	diadora	beige	trainer
5350	diadora	brown	trainer
5351	diadora	metallic	trainer
5352	diadora	purple	trainer
5353	diadora	blue	trainer
5354	diadora	green	trainer
5355	diadora	yellow	trainer
5356	diadora	orange	trainer
5357	diadora	pink	trainer
5358	diadora	red	trainer
5359	diadora	burgundy	trainer
5360	diadora	other	trainer
5361	diadora	black	racer
5362	diadora	grey	racer
5363	diadora	white	racer
5364	diadora	ivory	racer
5365	diadora	beige	racer
5366	diadora	brown	racer
5367	diadora	metallic	racer
5368	diadora	purple	racer
5369	diadora	blue	racer
5370	diadora	green	racer
5371	diadora	yellow	racer
5372	diadora	orange	racer
5373	diadora	pink	racer
5374	diadora	red	racer
5375	diadora	burgundy	racer
5376	diadora	other	racer
5377	le coq sportif	black	runner
5378	le coq sportif	grey	runner
5379	le coq sportif	white	runner
5380	le coq sportif	ivory	runner
5381	le coq sportif	beige	runner
5382	le coq sportif	brown	runner
5383	le coq sportif	metallic	runner
5384	le coq sportif	purple	runner
5385	le coq sportif	blue	runner
5386	le coq sportif	green	runner
5387	le coq sportif	yellow	runner
5388	le coq sportif	orange	runner
5389	le coq sportif	pink	runner
5390	le coq sportif	red	runner
5391	le coq sportif	burgundy	runner
5392	le coq sportif	other	runner
5393	le coq sportif	black	classic
5394	le coq sportif	grey	classic
5395	le coq sportif	white	classic
5396	le coq sportif	ivory	classic
5397	le coq sportif	beige	classic
5398	le coq sportif	brown	classic
5399	le coq sportif	metallic	classic
5400	le coq sportif	purple	classic
5401	le coq sportif	blue	classic
5402	le coq sportif	green	classic
5403	le coq sportif	yellow	classic
5404	le coq sportif	orange	classic
5405	le coq sportif	pink	classic
5406	le coq sportif	red	classic
5407	le coq sportif	burgundy	classic
5408	le coq sportif	other	classic
5409	le coq sportif	black	high top
5410	le coq sportif	grey	high top
5411	le coq sportif	white	high top
5412	le coq sportif	ivory	high top
5413	le coq sportif	beige	high top
5414	le coq sportif	brown	high top
5415	le coq sportif	metallic	high top
5416	le coq sportif	purple	high top
5417	le coq sportif	blue	high top
5418	le coq sportif	green	high top
5419	le coq sportif	yellow	high top
5420	le coq sportif	orange	high top
5421	le coq sportif	pink	high top
5422	le coq sportif	red	high top
5423	le coq sportif	burgundy	high top
5424	le coq sportif	other	high top
5425	le coq sportif	black	low
5426	le coq sportif	grey	low
5427	le coq sportif	white	low
5428	le coq sportif	ivory	low
5429	le coq sportif	beige	low
5430	le coq sportif	brown	low
5431	le coq sportif	metallic	low
5432	le coq sportif	purple	low
5433	le coq sportif	blue	low
5434	le coq sportif	green	low
5435	le coq sportif	yellow	low
5436	le coq sportif	orange	low
5437	le coq sportif	pink	low
5438	le coq sportif	red	low
5439	le coq sportif	burgundy	low
5440	le coq sportif	other	low
5441	le coq sportif	black	trail
5442	le coq sportif	grey	trail
5443	le coq sportif	white	trail
5444	le coq sportif	ivory	trail
5445	le coq sportif	beige	trail
5446	le coq sportif	brown	trail
5447	le coq sportif	metallic	trail
5448	le coq sportif	purple	trail
5449	le coq sportif	blue	trail
5450	le coq sportif	green	trail
5451	le coq sportif	yellow	trail
5452	le coq sportif	orange	trail
5453	le coq sportif	pink	trail
5454	le coq sportif	red	trail
5455	le coq sportif	burgundy	trail
5456	le coq sportif	other	trail
5457	le coq sportif	black	court
5458	le coq sportif	grey	court
5459	le coq sportif	white	court
5460	le coq sportif	ivory	court
5461	le coq sportif	beige	court
5462	le coq sportif	brown	court
5463	le coq sportif	metallic	court
5464	le coq sportif	purple	court
5465	le coq sportif	blue	court
5466	le coq sportif	green	court
5467	le coq sportif	yellow	court
5468	le coq sportif	orange	court
5469	le coq sportif	pink	court
5470	le coq sportif	red	court
5471	le coq sportif	burgundy	court
5472	le coq sportif	other	court
5473	le coq sportif	black	boot
5474	le coq sportif	grey	boot
5475	le coq sportif	white	boot
5476	le coq sportif	ivory	boot
5477	le coq sportif	beige	boot
5478	le coq sportif	brown	boot
5479	le coq sportif	metallic	boot
5480	le coq sportif	purple	boot
5481	le coq sportif	blue	boot
5482	le coq sportif	green	boot
5483	le coq sportif	yellow	boot
5484	le coq sportif	orange	boot
5485	le coq sportif	pink	boot
5486	le coq sportif	red	boot
5487	le coq sportif	burgundy	boot
5488	le coq sportif	other	boot
5489	le coq sportif	black	loafer
5490	le coq sportif	grey	loafer
5491	le coq sportif	white	loafer
5492	le coq sportif	ivory	loafer
5493	le coq sportif	beige	loafer
5494	le coq sportif	brown	loafer
5495	le coq sportif	metallic	loafer
5496	le coq sportif	purple	loafer
5497	le coq sportif	blue	loafer
5498	le coq sportif	green	loafer
5499	le coq sportif	yellow	loafer
5500	le coq sportif	orange	loafer
5501	le coq sportif	pink	loafer
5502	le coq sportif	red	loafer
5503	le coq sportif	burgundy	loafer
5504	le coq sportif	other	loafer
5505	le coq sportif	black	sandal
5506	le coq sportif	grey	sandal
5507	le coq sportif	white	sandal
5508	le coq sportif	ivory	sandal
5509	le coq sportif	beige	sandal
5510	le coq sportif	brown	sandal
5511	le coq sportif	metallic	sandal
5512	le coq sportif	purple	sandal
5513	le coq sportif	blue	sandal
5514	le coq sportif	green	sandal
5515	le coq sportif	yellow	sandal
5516	le coq sportif	orange	sandal
5517	le coq sportif	pink	sandal
5518	le coq sportif	red	sandal
5519	le coq sportif	burgundy	sandal
5520	le coq sportif	other	sandal
5521	le coq sportif	black	slip on
5522	le coq sportif	grey	slip on
5523	le coq sportif	white	slip on
5524	le coq sportif	ivory	slip on
5525	le coq sportif	beige	slip on
5526	le coq sportif	brown	slip on
5527	le coq sportif	metallic	slip on
5528	le coq sportif	purple	slip on
5529	le coq sportif	blue	slip on
5530	le coq sportif	green	slip on
5531	le coq sportif	yellow	slip on
5532	le coq sportif	orange	slip on
5533	le coq sportif	pink	slip on
5534	le coq sportif	red	slip on
5535	le coq sportif	burgundy	slip on
5536	le coq sportif	other	slip on
5537	le coq sportif	black	trainer
5538	le coq sportif	grey	trainer
5539	le coq sportif	white	trainer
5540	le coq sportif	ivory	trainer
5541	le coq sportif	beige	trainer
5542	le coq sportif	brown	trainer
5543	le coq sportif	metallic	trainer
5544	le coq sportif	purple	trainer
5545	le coq sportif	blue	trainer
5546	le coq sportif	green	trainer
5547	le coq sportif	yellow	trainer
5548	le coq sportif	orange	trainer
5549	le coq sportif	pink	trainer
5550	le coq sportif	red	trainer
5551	le coq sportif	burgundy	trainer
5552	le coq sportif	other	trainer
5553	le coq sportif	black	racer
5554	le coq sportif	grey	racer
5555	le coq sportif	white	racer
5556	le coq sportif	ivory	racer
5557	le coq sportif	beige	racer
5558	le coq sportif	brown	racer
5559	le coq sportif	metallic	racer
5560	le coq sportif	purple	racer
5561	le coq sportif	blue	racer
5562	le coq sportif	green	racer
5563	le coq sportif	yellow	racer
5564	le coq sportif	orange	racer
5565	le coq sportif	pink	racer
5566	le coq sportif	red	racer
5567	le coq sportif	burgundy	racer
5568	le coq sportif	other	racer
5569	karhu	black	runner
5570	karhu	grey	runner
5571	karhu	white	runner
5572	karhu	ivory	runner
5573	karhu	beige	runner
5574	karhu	brown	runner
5575	karhu	metallic	runner
5576	karhu	purple	runner
5577	karhu	blue	runner
5578	karhu	green	runner
5579	karhu	yellow	runner
5580	karhu	orange	runner
5581	karhu	pink	runner
5582	karhu	red	runner
5583	karhu	burgundy	runner
5584	karhu	other	runner
5585	karhu	black	classic
5586	karhu	grey	classic
5587	karhu	white	classic
5588	karhu	ivory	classic
5589	karhu	beige	classic
5590	karhu	brown	classic
5591	karhu	metallic	classic
5592	karhu	purple	classic
5593	karhu	blue	classic
5594	karhu	green	classic
5595	karhu	yellow	classic
5596	karhu	orange	classic
5597	karhu	pink	classic
5598	karhu	red	classic
5599	karhu	burgundy	classic
5600	karhu	other	classic
5601	karhu	black	high top
5602	karhu	grey	high top
5603	karhu	white	high top
5604	karhu	ivory	high top
5605	karhu	beige	high top
5606	karhu	brown	high top
5607	karhu	metallic	high top
5608	karhu	purple	high top
5609	karhu	blue	high top
5610	karhu	green	high top
5611	karhu	yellow	high top
5612	karhu	orange	high top
5613	karhu	pink	high top
5614	karhu	red	high top
5615	karhu	burgundy	high top
5616	karhu	other	high top
5617	karhu	black	low
5618	karhu	grey	low
5619	karhu	white	low
5620	karhu	ivory	low
5621	karhu	beige	low
5622	karhu	brown	low
5623	karhu	metallic	low
5624	karhu	purple	low
5625	karhu	blue	low
5626	karhu	green	low
5627	karhu	yellow	low
5628	karhu	orange	low
5629	karhu	pink	low
5630	karhu	red	low
5631	karhu	burgundy	low
5632	karhu	other	low
5633	karhu	black	trail
5634	karhu	grey	trail
5635	karhu	white	trail
5636	karhu	ivory	trail
5637	karhu	beige	trail
5638	karhu	brown	trail
5639	karhu	metallic	trail
5640	karhu	purple	trail
5641	karhu	blue	trail
5642	karhu	green	trail
5643	karhu	yellow	trail
5644	karhu	orange	trail
5645	karhu	pink	trail
5646	karhu	red	trail
5647	karhu	burgundy	trail
5648	karhu	other	trail
5649	karhu	black	court
5650	karhu	grey	court
5651	karhu	white	court
5652	karhu	ivory	court
5653	karhu	beige	court
5654	karhu	brown	court
5655	karhu	metallic	court
5656	karhu	purple	court
5657	karhu	blue	court
5658	karhu	green	court
5659	karhu	yellow	court
5660	karhu	orange	court
5661	karhu	pink	court
5662	karhu	red	court
5663	karhu	burgundy	court
5664	karhu	other	court
5665	karhu	black	boot
5666	karhu	grey	boot
5667	karhu	white	boot
5668	karhu	ivory	boot
5669	karhu	beige	boot
5670	karhu	brown	boot
5671	karhu	metallic	boot
5672	karhu	purple	boot
5673	karhu	blue	boot
5674	karhu	green	boot
5675	karhu	yellow	boot
5676	karhu	orange	boot
5677	karhu	pink	boot
5678	karhu	red	boot
5679	karhu	burgundy	boot
5680	karhu	other	boot
5681	karhu	black	loafer
5682	karhu	grey	loafer
5683	karhu	white	loafer
5684	karhu	ivory	loafer
5685	karhu	beige	loafer
5686	karhu	brown	loafer
5687	karhu	metallic	loafer
5688	karhu	purple	loafer
5689	karhu	blue	loafer
5690	karhu	green	loafer
5691	karhu	yellow	loafer
5692	karhu	orange	loafer
5693	karhu	pink	loafer
5694	karhu	red	loafer
5695	karhu	burgundy	loafer
5696	karhu	other	loafer
5697	karhu	black	sandal
5698	karhu	grey	sandal
5699	karhu	white	sandal
5700	karhu	ivory	sandal
5701	karhu	beige	sandal
5702	karhu	brown	sandal
5703	karhu	metallic	sandal
5704	karhu	purple	sandal
5705	karhu	blue	sandal
5706	karhu	green	sandal
5707	karhu	yellow	sandal
5708	karhu	orange	sandal
5709	karhu	pink	sandal
5710	karhu	red	sandal
5711	karhu	burgundy	sandal
5712	karhu	other	sandal
5713	karhu	black	slip on
5714	karhu	grey	slip on
5715	karhu	white	slip on
5716	karhu	ivory	slip on
5717	karhu	beige	slip on
5718	karhu	brown	slip on
5719	karhu	metallic	slip on
5720	karhu	purple	slip on
5721	karhu	blue	slip on
5722	karhu	green	slip on
5723	karhu	yellow	slip on
5724	karhu	orange	slip on
5725	karhu	pink	slip on
5726	karhu	red	slip on
5727	karhu	burgundy	slip on
5728	karhu	other	slip on
5729	karhu	black	trainer
5730	karhu	grey	trainer
5731	karhu	white	trainer
5732	karhu	ivory	trainer
5733	karhu	beige	trainer
5734	karhu	brown	trainer
5735	karhu	metallic	trainer
5736	karhu	purple	trainer
5737	karhu	blue	trainer
5738	karhu	green	trainer
5739	karhu	yellow	trainer
5740	karhu	orange	trainer
5741	karhu	pink	trainer
5742	karhu	red	trainer
5743	karhu	burgundy	trainer
5744	karhu	other	trainer
5745	karhu	black	racer
5746	karhu	grey	racer
5747	karhu	white	racer
5748	karhu	ivory	racer
5749	karhu	beige	racer
5750	karhu	brown	racer
5751	karhu	metallic	racer
5752	karhu	purple	racer
5753	karhu	blue	racer
5754	karhu	green	racer
5755	karhu	yellow	racer
5756	karhu	orange	racer
5757	karhu	pink	racer
5758	karhu	red	racer
5759	karhu	burgundy	racer
5760	karhu	other	racer
5761	nike	black	air max 90
5762	nike	white	air force 1
5763	adidas	white	samba og
5764	adidas	green	gazelle
5765	new balance	grey	990v6
5766	vans	black	old skool
5767	converse	red	chuck 70 hi
5768	dr. martens	burgundy	1460 smooth
5769	birkenstock	brown	boston suede
5770	asics	blue	gel-kayano 30
5771	salomon	beige	xt-6
5772	clarks	beige	wallabee
5773	puma	pink	suede classic
5774	timberland	yellow	6-inch premium boot
\.

DELETE FROM public.shop_staff;
COPY public.shop_staff (account_id, shop_id, added_at) FROM stdin;
102	51	2026-12-01 16:57:16.579651+00
\.

DELETE FROM public.shops;
COPY public.shops (id, owner_id, store_name, store_name_key, promotion_tier, verification_status, verification_reason, created_at, details_version) FROM stdin;
1	1	Shop 1 On Corner	shop 1 on corner	0	unverified	\N	2026-10-03 12:00:00+00	0
2	2	Shop 2 Hoka Corner	shop 2 hoka corner	0	unverified	\N	2026-09-16 12:00:00+00	0
3	3	Shop 3 Veja Corner	shop 3 veja corner	0	unverified	\N	2026-07-20 12:00:00+00	0
4	4	Shop 4 Mizuno Corner	shop 4 mizuno corner	0	unverified	\N	2026-02-04 12:00:00+00	0
5	5	Shop 5 Veja Corner	shop 5 veja corner	0	unverified	\N	2026-08-14 12:00:00+00	0
6	6	Shop 6 Salomon Corner	shop 6 salomon corner	0	unverified	\N	2026-07-01 12:00:00+00	0
7	7	Shop 7 Merrell Corner	shop 7 merrell corner	0	unverified	\N	2025-12-13 12:00:00+00	0
8	8	Shop 8 Merrell Corner	shop 8 merrell corner	0	unverified	\N	2026-05-13 12:00:00+00	0
9	9	Shop 9 On Corner	shop 9 on corner	0	unverified	\N	2025-10-29 12:00:00+00	0
10	10	Shop 10 Ugg Corner	shop 10 ugg corner	0	unverified	\N	2026-09-29 12:00:00+00	0
11	11	Shop 11 Adidas Corner	shop 11 adidas corner	0	unverified	\N	2026-07-01 12:00:00+00	0
12	12	Shop 12 Keen Corner	shop 12 keen corner	3	unverified	\N	2026-09-15 12:00:00+00	0
13	13	Shop 13 Reebok Corner	shop 13 reebok corner	0	unverified	\N	2026-03-25 12:00:00+00	0
14	14	Shop 14 Skechers Corner	shop 14 skechers corner	0	unverified	\N	2026-04-15 12:00:00+00	0
15	15	Shop 15 Mizuno Corner	shop 15 mizuno corner	0	unverified	\N	2026-01-21 12:00:00+00	0
16	16	Shop 16 Fila Corner	shop 16 fila corner	0	unverified	\N	2026-08-28 12:00:00+00	0
17	17	Shop 17 Hoka Corner	shop 17 hoka corner	0	unverified	\N	2026-03-17 12:00:00+00	0
18	18	Shop 18 Dr. martens Corner	shop 18 dr. martens corner	0	unverified	\N	2025-11-25 12:00:00+00	0
19	19	Shop 19 Mizuno Corner	shop 19 mizuno corner	0	unverified	\N	2026-04-03 12:00:00+00	0
20	20	Shop 20 Merrell Corner	shop 20 merrell corner	0	unverified	\N	2026-09-16 12:00:00+00	0
21	21	Shop 21 Skechers Corner	shop 21 skechers corner	0	unverified	\N	2025-10-23 12:00:00+00	0
22	22	Shop 22 Clarks Corner	shop 22 clarks corner	0	unverified	\N	2026-08-01 12:00:00+00	0
23	23	Shop 23 Asics Corner	shop 23 asics corner	0	unverified	\N	2026-02-08 12:00:00+00	0
24	24	Shop 24 Karhu Corner	shop 24 karhu corner	0	unverified	\N	2026-04-26 12:00:00+00	0
25	25	Shop 25 Ecco Corner	shop 25 ecco corner	0	unverified	\N	2026-04-06 12:00:00+00	0
26	26	Shop 26 Salomon Corner	shop 26 salomon corner	0	unverified	\N	2026-08-24 12:00:00+00	0
27	27	Shop 27 Adidas Corner	shop 27 adidas corner	0	unverified	\N	2026-02-20 12:00:00+00	0
28	28	Shop 28 Birkenstock Corner	shop 28 birkenstock corner	0	unverified	\N	2026-08-05 12:00:00+00	0
29	29	Shop 29 Camper Corner	shop 29 camper corner	0	unverified	\N	2025-11-07 12:00:00+00	0
30	30	Shop 30 Birkenstock Corner	shop 30 birkenstock corner	0	unverified	\N	2026-08-18 12:00:00+00	0
31	31	Shop 31 Keen Corner	shop 31 keen corner	0	unverified	\N	2026-02-01 12:00:00+00	0
32	32	Shop 32 Birkenstock Corner	shop 32 birkenstock corner	0	unverified	\N	2025-10-23 12:00:00+00	0
33	33	Shop 33 Converse Corner	shop 33 converse corner	0	unverified	\N	2026-07-06 12:00:00+00	0
34	34	Shop 34 Hoka Corner	shop 34 hoka corner	0	unverified	\N	2025-10-10 12:00:00+00	0
35	35	Shop 35 Nike Corner	shop 35 nike corner	0	unverified	\N	2025-10-11 12:00:00+00	0
36	36	Shop 36 Brooks Corner	shop 36 brooks corner	0	unverified	\N	2026-01-17 12:00:00+00	0
37	37	Shop 37 Saucony Corner	shop 37 saucony corner	0	unverified	\N	2026-06-24 12:00:00+00	0
38	38	Shop 38 Clarks Corner	shop 38 clarks corner	0	unverified	\N	2026-01-24 12:00:00+00	0
39	39	Shop 39 Clarks Corner	shop 39 clarks corner	0	unverified	\N	2026-02-15 12:00:00+00	0
40	40	Shop 40 Adidas Corner	shop 40 adidas corner	0	unverified	\N	2026-05-27 12:00:00+00	0
41	41	Shop 41 Timberland Corner	shop 41 timberland corner	0	unverified	\N	2026-02-10 12:00:00+00	0
42	42	Shop 42 Ugg Corner	shop 42 ugg corner	0	unverified	\N	2026-07-25 12:00:00+00	0
43	43	Shop 43 Nike Corner	shop 43 nike corner	0	unverified	\N	2025-10-09 12:00:00+00	0
44	44	Shop 44 Hoka Corner	shop 44 hoka corner	0	unverified	\N	2026-04-29 12:00:00+00	0
45	45	Shop 45 Merrell Corner	shop 45 merrell corner	0	unverified	\N	2026-02-07 12:00:00+00	0
46	46	Shop 46 Diadora Corner	shop 46 diadora corner	0	unverified	\N	2026-10-22 12:00:00+00	0
47	47	Shop 47 Salomon Corner	shop 47 salomon corner	0	unverified	\N	2025-12-11 12:00:00+00	0
48	48	Shop 48 Crocs Corner	shop 48 crocs corner	0	unverified	\N	2026-03-27 12:00:00+00	0
49	49	Shop 49 Ugg Corner	shop 49 ugg corner	0	unverified	\N	2025-11-03 12:00:00+00	0
50	50	Shop 50 Birkenstock Corner	shop 50 birkenstock corner	0	unverified	\N	2026-02-27 12:00:00+00	0
51	101	Sole Street Shoes	sole street shoes	0	unverified	\N	2026-12-01 16:57:16.149827+00	0
\.

DELETE FROM public.verification_applications;
COPY public.verification_applications (id, shop_id, pending_shop_id, status, reason, applied_by, applied_at, decided_by, decided_at) FROM stdin;
\.

SELECT pg_catalog.setval('public.accounts_id_seq', 108, true);
SELECT pg_catalog.setval('public.audit_trail_ids', 1, true);
SELECT pg_catalog.setval('public.balance_ledger_ids', 49, true);
SELECT pg_catalog.setval('public.carts_id_seq', 37, true);
SELECT pg_catalog.setval('public.flash_sales_id_seq', 2, true);
SELECT pg_catalog.setval('public.inventory_ledger_ids', 149, true);
SELECT pg_catalog.setval('public.listings_id_seq', 114, true);
SELECT pg_catalog.setval('public.order_lines_ids', 49, true);
SELECT pg_catalog.setval('public.order_numbers', 100031, true);
SELECT pg_catalog.setval('public.orders_ids', 26, true);
SELECT pg_catalog.setval('public.shoes_id_seq', 5774, true);
SELECT pg_catalog.setval('public.shops_id_seq', 51, true);

SET session_replication_role = origin;
