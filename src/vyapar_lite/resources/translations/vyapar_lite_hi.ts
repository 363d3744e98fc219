<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shop server</source>
        <translation>दुकान के सर्वर से जुड़ें</translation>
    </message>
    <message>
        <source>Open the shop&apos;s books kept on a PostgreSQL server on the shop&apos;s network, so several counters work on the same books. Whoever set up the server gives you these four things.</source>
        <translation>दुकान के नेटवर्क पर PostgreSQL सर्वर में रखे दुकान के खाते खोलें, ताकि कई काउंटर एक ही खातों पर काम करें। ये चार बातें वही बताएँगे जिन्होंने सर्वर लगाया है।</translation>
    </message>
    <message>
        <source>Server PC</source>
        <translation>सर्वर पीसी</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>दुकान का डेटाबेस</translation>
    </message>
    <message>
        <source>User</source>
        <translation>यूज़र</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or shop-pc</source>
        <translation>जैसे 192.168.1.10 या shop-pc</translation>
    </message>
    <message>
        <source>e.g. sharma_store</source>
        <translation>जैसे sharma_store</translation>
    </message>
    <message>
        <source>e.g. counter1</source>
        <translation>जैसे counter1</translation>
    </message>
    <message>
        <source>No password here: the app takes it from the PostgreSQL password file (pgpass.conf) or asks for it when the server wants one.</source>
        <translation>पासवर्ड यहाँ नहीं: ऐप उसे PostgreSQL की पासवर्ड फ़ाइल (pgpass.conf) से लेता है, या सर्वर माँगे तो पूछता है।</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>जुड़ें</translation>
    </message>
</context>
<context>
    <name>CounterNameDialog</name>
    <message>
        <source>Name this counter</source>
        <translation>इस काउंटर का नाम रखें</translation>
    </message>
    <message>
        <source>Several counters work on this shop. Every bill, payment and change made from this PC will carry this counter&apos;s name, in the audit log too.</source>
        <translation>इस दुकान पर कई काउंटर काम करते हैं। इस पीसी से बना हर बिल, भुगतान और बदलाव इस काउंटर का नाम लिए रहेगा, ऑडिट लॉग में भी।</translation>
    </message>
    <message>
        <source>Names already used on this server: {names}</source>
        <translation>इस सर्वर पर पहले से इस्तेमाल नाम: {names}</translation>
    </message>
    <message>
        <source>This is the first counter on this server.</source>
        <translation>यह इस सर्वर का पहला काउंटर है।</translation>
    </message>
    <message>
        <source>You can change it later in Settings › This counter.</source>
        <translation>इसे बाद में सेटिंग्स › यह काउंटर में बदल सकते हैं।</translation>
    </message>
    <message>
        <source>This counter&apos;s name</source>
        <translation>इस काउंटर का नाम</translation>
    </message>
</context>
<context>
    <name>CounterSettings</name>
    <message>
        <source>This counter</source>
        <translation>यह काउंटर</translation>
    </message>
    <message>
        <source>Every document posted and every change made from this PC carries this name, in the audit log too. A new name counts from now on; what was posted keeps the name it was posted under.</source>
        <translation>इस पीसी से दर्ज हर दस्तावेज़ और हर बदलाव यह नाम लिए रहता है, ऑडिट लॉग में भी। नया नाम अब से गिना जाएगा; जो दर्ज हो चुका है वह उसी नाम के साथ रहेगा जिससे दर्ज हुआ था।</translation>
    </message>
    <message>
        <source>Save counter name</source>
        <translation>काउंटर का नाम सहेजें</translation>
    </message>
    <message>
        <source>Counter&apos;s name</source>
        <translation>काउंटर का नाम</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved. From now on this PC posts as {name}.</source>
        <translation>सहेजा गया। अब से यह पीसी {name} के नाम से दर्ज करेगा।</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Printed invoices, notes, bills and receipts: headings in English and Hindi</source>
        <translation>छपे इनवॉइस, नोट, बिल और रसीदें: शीर्षक अंग्रेज़ी और हिन्दी दोनों में</translation>
    </message>
    <message>
        <source>Excel headers in Hindi</source>
        <translation>Excel के शीर्षक हिन्दी में</translation>
    </message>
    <message>
        <source>The header row of report exports in Hindi (applied at once); the import templates keep English headers</source>
        <translation>रिपोर्ट एक्सपोर्ट की शीर्षक पंक्ति हिन्दी में (तुरंत लागू); इम्पोर्ट टेम्पलेट के शीर्षक अंग्रेज़ी में ही रहते हैं</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app. Dates stay dd-mm-yyyy and amounts ₹1,24,000.00; amounts in words follow the language.</source>
        <translation>नई भाषा ऐप को अगली बार खोलने पर लागू होगी। तारीखें dd-mm-yyyy और रकम ₹1,24,000.00 ही रहेंगी; शब्दों में रकम चुनी हुई भाषा में छपेगी।</translation>
    </message>
    <message>
        <source>Save language</source>
        <translation>भाषा सहेजें</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>ऐप की भाषा</translation>
    </message>
    <message>
        <source>Saved. Close and start the app again to see it in {language}.</source>
        <translation>सहेजा गया। {language} में देखने के लिए ऐप बंद करके फिर खोलें।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the shop server</source>
        <translation>दुकान के सर्वर का पासवर्ड</translation>
    </message>
    <message>
        <source>this PC&apos;s user</source>
        <translation>इस पीसी का यूज़र</translation>
    </message>
    <message>
        <source>The shop server at {host} asks for the password of {user}.</source>
        <translation>{host} पर दुकान का सर्वर {user} का पासवर्ड माँग रहा है।</translation>
    </message>
    <message>
        <source>Not accepted: {reason}. Type it again.</source>
        <translation>स्वीकार नहीं हुआ: {reason}। फिर से लिखें।</translation>
    </message>
    <message>
        <source>The password is kept until you close the app; it is never saved. To not be asked, put it in the PostgreSQL password file (pgpass.conf).</source>
        <translation>पासवर्ड ऐप बंद करने तक ही रखा जाता है; यह कभी सहेजा नहीं जाता। बार-बार न पूछा जाए, इसके लिए इसे PostgreSQL की पासवर्ड फ़ाइल (pgpass.conf) में रखें।</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>जुड़ें</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>हटा दें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
</context>
<context>
    <name>account_names</name>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>Bank (not yet set)</source>
        <translation>बैंक (अभी तय नहीं)</translation>
    </message>
</context>
<context>
    <name>accounts_panel</name>
    <message>
        <source>Bank account</source>
        <translation>बैंक खाता</translation>
    </message>
    <message>
        <source>Cash counter</source>
        <translation>कैश काउंटर</translation>
    </message>
    <message>
        <source>e.g. SBI current account</source>
        <translation>जैसे SBI चालू खाता</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>खाता जोड़ें</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>किस्म</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Account no. (last digits)</source>
        <translation>खाता नं. (आखिरी अंक)</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Opening balance (₹)</source>
        <translation>शुरुआती बैलेंस (₹)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Where each mode&apos;s money goes</source>
        <translation>हर भुगतान माध्यम का पैसा कहाँ जाता है</translation>
    </message>
    <message>
        <source>Move what &quot;Bank (not yet set)&quot; holds</source>
        <translation>&quot;बैंक (अभी तय नहीं)&quot; में जो है उसे ले जाएँ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>सब पर निशान लगाएँ</translation>
    </message>
    <message>
        <source>Move ticked to</source>
        <translation>निशान वाले यहाँ ले जाएँ</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>शुरुआती बैलेंस</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>तय करें</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>तारीख तक</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Moved {moved} entries to {0}.</source>
        <translation>{moved} एंट्री {0} में ले जाई गईं।</translation>
    </message>
    <message>
        <source>Opening balance of {0} set.</source>
        <translation>{0} का शुरुआती बैलेंस तय किया गया।</translation>
    </message>
    <message>
        <source>{0} money now goes to {1}.</source>
        <translation>{0} का पैसा अब {1} में जाता है।</translation>
    </message>
</context>
<context>
    <name>advance_offer</name>
    <message>
        <source>Use the advance?</source>
        <translation>अग्रिम इस्तेमाल करें?</translation>
    </message>
    <message>
        <source>{customer_name} holds an advance of {held} from earlier receipts.
Put {amount} of it towards {number}?</source>
        <translation>{customer_name} का पिछली रसीदों से {held} अग्रिम जमा है।
इसमें से {amount} {number} में लगाएँ?</translation>
    </message>
    <message>
        <source>Advance not used</source>
        <translation>अग्रिम जो इस्तेमाल नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>ageing_page</name>
    <message>
        <source>Owing or in advance</source>
        <translation>बकाया या अग्रिम वाले</translation>
    </message>
    <message>
        <source>Owing only</source>
        <translation>सिर्फ़ बकाया वाले</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>हर ग्राहक</translation>
    </message>
    <message>
        <source>Days past the due date where each band ends, for example 30, 60, 90 gives 0-30, 31-60, 61-90 and Over 90 (amounts not yet due have a column of their own)</source>
        <translation>देय तारीख के बाद के दिन जहाँ हर खाना खत्म होता है, जैसे 30, 60, 90 से 0-30, 31-60, 61-90 और 90 से ऊपर बनते हैं (जो रकम अभी देय नहीं है उसका अपना कॉलम है)</translation>
    </message>
    <message>
        <source>Keep these bands</source>
        <translation>ये खाने रखें</translation>
    </message>
    <message>
        <source>Use these bands every time (for the whole shop)</source>
        <translation>हर बार यही खाने इस्तेमाल करें (पूरी दुकान के लिए)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>Bands (days)</source>
        <translation>खाने (दिन)</translation>
    </message>
    <message>
        <source>As of {0} · bands {1} days past due · &lt;b&gt;Receivable {2}&lt;/b&gt;, of which overdue {3} · Advances {4} (shown apart, in green) · Net {5}</source>
        <translation>{0} तक · देय तारीख के बाद {1} दिनों के खाने · &lt;b&gt;लेना बाकी {2}&lt;/b&gt;, जिसमें से अवधि पार {3} · अग्रिम {4} (अलग, हरे रंग में) · शुद्ध {5}</translation>
    </message>
    <message>
        <source>days past the due date: {bands}</source>
        <translation>देय तारीख के बाद के दिन: {bands}</translation>
    </message>
</context>
<context>
    <name>allocation_table</name>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>देर से</translation>
    </message>
    <message>
        <source>Allocate ₹</source>
        <translation>लगाएँ ₹</translation>
    </message>
    <message>
        <source>Write off ₹</source>
        <translation>बट्टे खाते ₹</translation>
    </message>
    <message>
        <source>✓ settled</source>
        <translation>✓ चुकता</translation>
    </message>
    <message>
        <source>{0} still owed</source>
        <translation>{0} अभी बकाया</translation>
    </message>
</context>
<context>
    <name>amounts</name>
    <message>
        <source>Receipt amount</source>
        <translation>रसीद की रकम</translation>
    </message>
    <message>
        <source>Allocated to invoices</source>
        <translation>इनवॉइसों में लगाया</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>बट्टे खाते में डाला</translation>
    </message>
    <message>
        <source>Kept as advance</source>
        <translation>अग्रिम के रूप में रखा</translation>
    </message>
    <message>
        <source>Kept on account</source>
        <translation>खाते में जमा रखा</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>पहले का बैलेंस</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>चुकाई रकम</translation>
    </message>
    <message>
        <source>Against bills</source>
        <translation>बिलों के सामने</translation>
    </message>
    <message>
        <source>Paid ahead</source>
        <translation>पहले से चुकाया</translation>
    </message>
    <message>
        <source>From their advance</source>
        <translation>उनके अग्रिम से</translation>
    </message>
    <message>
        <source>From credit notes</source>
        <translation>क्रेडिट नोट से</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>बाद का बैलेंस</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>जीएसटी</translation>
    </message>
    <message>
        <source>Bill total</source>
        <translation>बिल का कुल</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>चुकाया</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>अभी देना बाकी</translation>
    </message>
    <message>
        <source>Set off</source>
        <translation>आपस में घटाया</translation>
    </message>
    <message>
        <source>They owe us now</source>
        <translation>अब उन्हें हमें देना है</translation>
    </message>
    <message>
        <source>We owe them now</source>
        <translation>अब हमें उन्हें देना है</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <source>Advance held before</source>
        <translation>पहले से जमा अग्रिम</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>लगाया गया</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>वापस किया</translation>
    </message>
    <message>
        <source>Advance left</source>
        <translation>बचा अग्रिम</translation>
    </message>
    <message>
        <source>Balance after it</source>
        <translation>इसके बाद बैलेंस</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>अभी का बैलेंस</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>भुनाए गए पॉइंट</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>राउंड-ऑफ़</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <source>Buyer pays (RCM)</source>
        <translation>खरीदार चुकाएगा (RCM)</translation>
    </message>
    <message>
        <source>Advance applied</source>
        <translation>लगाया गया अग्रिम</translation>
    </message>
    <message>
        <source>Points to earn</source>
        <translation>मिलने वाले पॉइंट</translation>
    </message>
    <message>
        <source>We owe them</source>
        <translation>हमें उन्हें देना है</translation>
    </message>
</context>
<context>
    <name>app_lock_settings</name>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>लॉक करें</translation>
    </message>
    <message>
        <source>without use</source>
        <translation>इस्तेमाल न होने पर</translation>
    </message>
    <message>
        <source>Change app password…</source>
        <translation>ऐप का पासवर्ड बदलें…</translation>
    </message>
    <message>
        <source>Set app password…</source>
        <translation>ऐप का पासवर्ड रखें…</translation>
    </message>
    <message>
        <source>App password saved.</source>
        <translation>ऐप का पासवर्ड सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>sale order</source>
        <translation>बिक्री ऑर्डर</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>financial credit note</source>
        <translation>वित्तीय क्रेडिट नोट</translation>
    </message>
    <message>
        <source>purchase bill</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>payment out</source>
        <translation>किया गया भुगतान</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Keep this {noun}?</source>
        <translation>यह {noun} रखें?</translation>
    </message>
    <message>
        <source>The {noun} being typed is not saved.</source>
        <translation>{noun}: जो लिखा जा रहा है, वह सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>Keep it to go on with it, or discard it. A discarded {noun} is gone for good.</source>
        <translation>आगे लिखने के लिए इसे रखें, या हटा दें। हटाने पर यह {noun} हमेशा के लिए चला जाएगा।</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>रखें (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>हटा दें (&amp;D)</translation>
    </message>
</context>
<context>
    <name>audit_screen</name>
    <message>
        <source>All record types</source>
        <translation>सभी रिकॉर्ड प्रकार</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>ग्राहक कोड</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ऑडिट ट्रेल&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>एक्सपोर्ट नहीं हुआ</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>ऑडिट ट्रेल एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>ऑडिट ट्रेल एक्सपोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>{0} exported to {name}.</source>
        <translation>{0} को {name} में एक्सपोर्ट किया गया।</translation>
    </message>
    <message>
        <source>Not exported: {text}</source>
        <translation>एक्सपोर्ट नहीं हुआ: {text}</translation>
    </message>
</context>
<context>
    <name>audit_trail_settings</name>
    <message>
        <source>Every change is logged with a hash of the entry before it, as the Companies rules require; the log cannot be switched off. Verifying finds any entry edited outside Vyapar Lite.</source>
        <translation>हर बदलाव अपने से पहले की एंट्री के हैश के साथ दर्ज होता है, जैसा कंपनी नियम माँगते हैं; यह लॉग बंद नहीं किया जा सकता। जाँच करने पर Vyapar Lite के बाहर बदली गई कोई भी एंट्री पकड़ में आ जाती है।</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>ऑडिट ट्रेल जाँचें</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>ऑडिट ट्रेल जाँचा जा रहा है</translation>
    </message>
    <message>
        <source>Audit trail intact: all {entries:,} entries verified; none was edited outside the app.</source>
        <translation>ऑडिट ट्रेल सही है: सभी {entries:,} एंट्री जाँची गईं; ऐप के बाहर कोई नहीं बदली गई।</translation>
    </message>
    <message>
        <source>Could not verify the audit trail: {message}</source>
        <translation>ऑडिट ट्रेल की जाँच नहीं हो सकी: {message}</translation>
    </message>
</context>
<context>
    <name>audit_words</name>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Alternate phone</source>
        <translation>दूसरा फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>संपर्क का पसंदीदा तरीका</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Shipping bill number</source>
        <translation>शिपिंग बिल नंबर</translation>
    </message>
    <message>
        <source>Port code</source>
        <translation>पोर्ट कोड</translation>
    </message>
    <message>
        <source>Deemed export (s.147)</source>
        <translation>मानित निर्यात (धारा 147)</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>उधार सीमा</translation>
    </message>
    <message>
        <source>Warn at the credit limit</source>
        <translation>उधार सीमा पर चेतावनी</translation>
    </message>
    <message>
        <source>Refuse sales over the limit</source>
        <translation>सीमा से ऊपर बिक्री मना</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>भुगतान की शर्तें</translation>
    </message>
    <message>
        <source>Also a supplier</source>
        <translation>सप्लायर भी</translation>
    </message>
    <message>
        <source>Preferred transporter</source>
        <translation>पसंदीदा ट्रांसपोर्टर</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>बिल का पता</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>माल भेजने का पता</translation>
    </message>
    <message>
        <source>Shipping same as billing</source>
        <translation>माल भेजने का पता बिल वाला ही</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>बिक्री दाम</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <source>Price includes GST</source>
        <translation>दाम में जीएसटी शामिल</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>जीएसटी</translation>
    </message>
    <message>
        <source>GST on the advance</source>
        <translation>अग्रिम पर जीएसटी</translation>
    </message>
    <message>
        <source>Track stock</source>
        <translation>स्टॉक रखें</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>कम स्टॉक का स्तर</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Disc %</source>
        <translation>छूट %</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>अग्रिम</translation>
    </message>
    <message>
        <source>Advance applied</source>
        <translation>लगाया गया अग्रिम</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>देय तिथि</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>कर</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>नामे</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>जमा</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>शुरुआती बैलेंस</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Round off</source>
        <translation>राउंड ऑफ़</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>मिले पॉइंट</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>भुनाए गए पॉइंट</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>किस्म</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>किसके सामने</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Prices by customer type</source>
        <translation>ग्राहक के प्रकार से दाम</translation>
    </message>
    <message>
        <source>GSTR-1 filed for</source>
        <translation>GSTR-1 दाखिल किया गया</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>बँटवारा</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>SEZ unit</source>
        <translation>SEZ इकाई</translation>
    </message>
    <message>
        <source>Points redeemed (value)</source>
        <translation>भुनाए गए पॉइंट (मूल्य)</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>रिवर्स चार्ज</translation>
    </message>
    <message>
        <source>SEZ supply</source>
        <translation>SEZ आपूर्ति</translation>
    </message>
    <message>
        <source>Supply type</source>
        <translation>आपूर्ति का प्रकार</translation>
    </message>
    <message>
        <source>GST unit (UQC)</source>
        <translation>जीएसटी इकाई (UQC)</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>बट्टे खाता</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>कंपोज़िशन</translation>
    </message>
    <message>
        <source>Composition rate</source>
        <translation>कंपोज़िशन दर</translation>
    </message>
    <message>
        <source>Composition dealer</source>
        <translation>कंपोज़िशन डीलर</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>गल्ले में होना चाहिए</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>Short (-) / excess</source>
        <translation>कम (-) / ज़्यादा</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>सिक्के</translation>
    </message>
    <message>
        <source>₹2000 notes</source>
        <translation>₹2000 के नोट</translation>
    </message>
    <message>
        <source>₹500 notes</source>
        <translation>₹500 के नोट</translation>
    </message>
    <message>
        <source>₹200 notes</source>
        <translation>₹200 के नोट</translation>
    </message>
    <message>
        <source>₹100 notes</source>
        <translation>₹100 के नोट</translation>
    </message>
    <message>
        <source>₹50 notes</source>
        <translation>₹50 के नोट</translation>
    </message>
    <message>
        <source>₹20 notes</source>
        <translation>₹20 के नोट</translation>
    </message>
    <message>
        <source>₹10 notes</source>
        <translation>₹10 के नोट</translation>
    </message>
    <message>
        <source>Entries reconciled</source>
        <translation>मिलाई गई एंट्री</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Paid from (account no.)</source>
        <translation>किस खाते से दिया (खाता नं.)</translation>
    </message>
    <message>
        <source>Account no. (last digits)</source>
        <translation>खाता नं. (आखिरी अंक)</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>Supplier GSTIN</source>
        <translation>सप्लायर का GSTIN</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>बिल नंबर</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>को</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>एंट्री</translation>
    </message>
    <message>
        <source>create</source>
        <translation>बनाया</translation>
    </message>
    <message>
        <source>update</source>
        <translation>बदला</translation>
    </message>
    <message>
        <source>post</source>
        <translation>दर्ज किया</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>रद्द किया</translation>
    </message>
    <message>
        <source>import</source>
        <translation>आयात किया</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>निष्क्रिय किया</translation>
    </message>
    <message>
        <source>reactivate</source>
        <translation>फिर सक्रिय किया</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>सेटिंग बदली</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम दिया</translation>
    </message>
    <message>
        <source>override</source>
        <translation>छूट दी</translation>
    </message>
    <message>
        <source>reallocate</source>
        <translation>फिर से बाँटा</translation>
    </message>
    <message>
        <source>reassign</source>
        <translation>दूसरे खाते में डाला</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>मिलान किया</translation>
    </message>
    <message>
        <source>unreconcile</source>
        <translation>मिलान हटाया</translation>
    </message>
    <message>
        <source>apply_advance</source>
        <translation>अग्रिम लगाया</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>जमा किया</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>क्लियर हुआ</translation>
    </message>
    <message>
        <source>bounce</source>
        <translation>बाउंस हुआ</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>सुलझाया</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>पूरा किया</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>customer_category</source>
        <translation>ग्राहक श्रेणी</translation>
    </message>
    <message>
        <source>customer_note</source>
        <translation>ग्राहक नोट</translation>
    </message>
    <message>
        <source>item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>stock_move</source>
        <translation>स्टॉक हलचल</translation>
    </message>
    <message>
        <source>gst_rate</source>
        <translation>जीएसटी दर</translation>
    </message>
    <message>
        <source>sales_doc</source>
        <translation>बिक्री दस्तावेज़</translation>
    </message>
    <message>
        <source>sale_order</source>
        <translation>बिक्री ऑर्डर</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>payment_out</source>
        <translation>भुगतान (दिया)</translation>
    </message>
    <message>
        <source>purchase_bill</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>contra</source>
        <translation>कॉन्ट्रा</translation>
    </message>
    <message>
        <source>contra_voucher</source>
        <translation>कॉन्ट्रा वाउचर</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>खर्च</translation>
    </message>
    <message>
        <source>expense_head</source>
        <translation>खर्च का मद</translation>
    </message>
    <message>
        <source>money_account</source>
        <translation>पैसे का खाता</translation>
    </message>
    <message>
        <source>money_entry</source>
        <translation>पैसे की एंट्री</translation>
    </message>
    <message>
        <source>mode_account</source>
        <translation>तरीके का खाता</translation>
    </message>
    <message>
        <source>daily_closing</source>
        <translation>रोज़ का हिसाब बंद</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>नंबर सीरीज़</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>credit_note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>debit_note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>opening_bill</source>
        <translation>शुरुआती बिल</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>शुरुआती</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>upi</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>बाकी (आगे की तारीख का)</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>बाउंस</translation>
    </message>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>डीलर</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>थोक विक्रेता</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>वितरक</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>{name}: {value} (removed)</source>
        <translation>{name}: {value} (हटाया गया)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 दिन</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} दिन</translation>
    </message>
</context>
<context>
    <name>auto</name>
    <message>
        <source>The automatic backup is waiting for the backup password (Settings → Backups).</source>
        <translation>अपने-आप होने वाला बैकअप बैकअप पासवर्ड का इंतज़ार कर रहा है (सेटिंग्स → बैकअप)।</translation>
    </message>
    <message>
        <source>The automatic backup failed: {result}</source>
        <translation>अपने-आप होने वाला बैकअप नहीं हो सका: {result}</translation>
    </message>
</context>
<context>
    <name>backup_settings</name>
    <message>
        <source>the &apos;backups&apos; folder beside the shop file</source>
        <translation>दुकान की फ़ाइल के पास वाला &apos;backups&apos; फ़ोल्डर</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>बैकअप फ़ोल्डर:</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>रोज़ाना</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>साप्ताहिक</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>आखिरी इतने रखें:</translation>
    </message>
    <message>
        <source>Encrypt backups with a password</source>
        <translation>बैकअप पासवर्ड से सुरक्षित (एन्क्रिप्ट) करें</translation>
    </message>
    <message>
        <source>password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>the password again</source>
        <translation>पासवर्ड फिर से</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>दोबारा:</translation>
    </message>
    <message>
        <source>The password is not saved anywhere: without it an encrypted backup cannot be restored. The app asks for it once each time it starts.</source>
        <translation>पासवर्ड कहीं सहेजा नहीं जाता: उसके बिना एन्क्रिप्ट किया गया बैकअप वापस नहीं लाया जा सकता। ऐप हर बार शुरू होने पर एक बार इसे पूछता है।</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>बैकअप सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>अभी बैकअप लें</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>बैकअप वापस लाएँ…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>बैकअप फ़ोल्डर</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>सहेजा नहीं गया: {exc}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>बैकअप हो रहा है…</translation>
    </message>
    <message>
        <source>Backing up the shop</source>
        <translation>दुकान का बैकअप लिया जा रहा है</translation>
    </message>
    <message>
        <source>{lead}
Checking the copy in full…</source>
        <translation>{lead}
कॉपी की पूरी जाँच हो रही है…</translation>
    </message>
    <message>
        <source>{lead}
The copy passed its full check.</source>
        <translation>{lead}
कॉपी पूरी जाँच में सही निकली।</translation>
    </message>
    <message>
        <source>The backup failed: {message}</source>
        <translation>बैकअप नहीं हो सका: {message}</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>No backup yet</source>
        <translation>अभी कोई बैकअप नहीं</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>पिछला बैकअप: {when}</translation>
    </message>
    <message>
        <source>{text} — older than 7 days</source>
        <translation>{text} — 7 दिन से पुराना</translation>
    </message>
</context>
<context>
    <name>balances_page</name>
    <message>
        <source>Every customer</source>
        <translation>हर ग्राहक</translation>
    </message>
    <message>
        <source>Owing or in advance</source>
        <translation>बकाया या अग्रिम वाले</translation>
    </message>
    <message>
        <source>Owing only</source>
        <translation>सिर्फ़ बकाया वाले</translation>
    </message>
    <message>
        <source>In advance only</source>
        <translation>सिर्फ़ अग्रिम वाले</translation>
    </message>
    <message>
        <source>Largest dues first</source>
        <translation>सबसे बड़ा बकाया पहले</translation>
    </message>
    <message>
        <source>Largest advances first</source>
        <translation>सबसे बड़ा अग्रिम पहले</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>कोड के हिसाब से</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>नाम के हिसाब से</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>शहर के हिसाब से</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>As of {0} · &lt;b&gt;Receivable {1}&lt;/b&gt; · Advances {2} (in green) · Net {3}. Inactive customers are in grey.</source>
        <translation>{0} तक · &lt;b&gt;लेना बाकी {1}&lt;/b&gt; · अग्रिम {2} (हरे रंग में) · शुद्ध {3}। निष्क्रिय ग्राहक धूसर रंग में हैं।</translation>
    </message>
</context>
<context>
    <name>bill_form</name>
    <message>
        <source>Their number, as printed on the bill</source>
        <translation>उनका नंबर, जैसा बिल पर छपा है</translation>
    </message>
    <message>
        <source>Due later, on</source>
        <translation>बाद में देय, तारीख</translation>
    </message>
    <message>
        <source>e.g. 20 bags sugar (optional)</source>
        <translation>जैसे 20 बोरी चीनी (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Their &amp;bill no.</source>
        <translation>उनका बिल नं. (&amp;B)</translation>
    </message>
    <message>
        <source>Bill &amp;date</source>
        <translation>बिल की तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Taxable value (₹)</source>
        <translation>कर योग्य मूल्य (&amp;T) (₹)</translation>
    </message>
    <message>
        <source>&amp;GST (₹)</source>
        <translation>जीएसटी (&amp;G) (₹)</translation>
    </message>
    <message>
        <source>Bill t&amp;otal (₹)</source>
        <translation>बिल का कुल (&amp;O) (₹)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>किसके लिए (&amp;F)</translation>
    </message>
</context>
<context>
    <name>books_settings</name>
    <message>
        <source>Books closed up to</source>
        <translation>इस तारीख तक बही बंद</translation>
    </message>
    <message>
        <source>ARN and date of the Letter of Undertaking</source>
        <translation>वचनबंध पत्र (LUT) का ARN और तारीख</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Nothing dated on or before the closing date can be posted or cancelled: close a month once its GST return is filed.</source>
        <translation>बंद करने की तारीख को या उससे पहले की तारीख वाला कुछ भी पोस्ट या रद्द नहीं किया जा सकता: महीने का जीएसटी रिटर्न भरने के बाद उसे बंद करें।</translation>
    </message>
    <message>
        <source>Closed periods and exports</source>
        <translation>बंद अवधि और निर्यात</translation>
    </message>
    <message>
        <source>LUT reference (exports)</source>
        <translation>LUT संदर्भ (निर्यात)</translation>
    </message>
    <message>
        <source>Not saved: {reasons}</source>
        <translation>सहेजा नहीं गया: {reasons}</translation>
    </message>
    <message>
        <source>Books closed up to {closed:%d-%m-%Y}.</source>
        <translation>{closed:%d-%m-%Y} तक के खाते बंद हैं।</translation>
    </message>
    <message>
        <source>No period closed.</source>
        <translation>कोई अवधि बंद नहीं है।</translation>
    </message>
    <message>
        <source>Saved. {text}</source>
        <translation>सहेजा गया। {text}</translation>
    </message>
</context>
<context>
    <name>cancel_form</name>
    <message>
        <source>Expense</source>
        <translation>खर्च</translation>
    </message>
    <message>
        <source>Contra voucher</source>
        <translation>कॉन्ट्रा वाउचर</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>e.g. EXP/26-27/00012</source>
        <translation>जैसे EXP/26-27/00012</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Cancel the voucher</source>
        <translation>वाउचर रद्द करें</translation>
    </message>
</context>
<context>
    <name>checked_form</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Changed since you opened it</source>
        <translation>आपके खोलने के बाद बदला गया</translation>
    </message>
    <message>
        <source>The changes to this {noun} are not saved.</source>
        <translation>इस {noun} में किए गए बदलाव सहेजे नहीं गए हैं।</translation>
    </message>
</context>
<context>
    <name>cheque_dialogs</name>
    <message>
        <source>&amp;On</source>
        <translation>तारीख (&amp;O)</translation>
    </message>
    <message>
        <source>Cheque {number} ({bank}) of {amount} from {customer_name}</source>
        <translation>{customer_name} का {amount} का चेक {number} ({bank})</translation>
    </message>
    <message>
        <source>Cheque bounced</source>
        <translation>चेक बाउंस हुआ</translation>
    </message>
    <message>
        <source>Required, e.g. insufficient funds, signature differs</source>
        <translation>ज़रूरी, जैसे खाते में पैसे कम, हस्ताक्षर अलग</translation>
    </message>
    <message>
        <source>0.00 (none)</source>
        <translation>0.00 (कोई नहीं)</translation>
    </message>
    <message>
        <source>&amp;Bounced on</source>
        <translation>बाउंस की तारीख (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>कारण * (&amp;R)</translation>
    </message>
    <message>
        <source>Bank &amp;charge to recover (₹)</source>
        <translation>वसूलने वाला बैंक शुल्क (₹) (&amp;C)</translation>
    </message>
    <message>
        <source>Cheque deposited</source>
        <translation>चेक जमा किया</translation>
    </message>
    <message>
        <source>{what}: deposited on?</source>
        <translation>{what}: किस तारीख को जमा किया?</translation>
    </message>
    <message>
        <source>{what}: into which bank?</source>
        <translation>{what}: किस बैंक में?</translation>
    </message>
    <message>
        <source>Cheque cleared</source>
        <translation>चेक क्लियर हुआ</translation>
    </message>
    <message>
        <source>{what}: cleared on?</source>
        <translation>{what}: किस तारीख को क्लियर हुआ?</translation>
    </message>
    <message>
        <source>{what} bounced? The invoices it paid are owed again; a bank charge is billed to the customer as a debit note.</source>
        <translation>{what} बाउंस हुआ? जिन इनवॉइस का भुगतान इससे हुआ था, वे फिर से बकाया होंगे; बैंक शुल्क ग्राहक से डेबिट नोट के रूप में लिया जाता है।</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>दर्ज नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>लेना बाकी</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>अग्रिम</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>अभी देय नहीं</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>तिमाही</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Bills and notes</source>
        <translation>बिल और नोट</translation>
    </message>
    <message>
        <source>Taxable turnover</source>
        <translation>कर योग्य आवर्त</translation>
    </message>
    <message>
        <source>Exempt / nil / non-GST</source>
        <translation>छूट / शून्य दर / गैर-जीएसटी</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Central tax</source>
        <translation>केंद्रीय कर</translation>
    </message>
    <message>
        <source>State/UT tax</source>
        <translation>राज्य/संघ राज्य क्षेत्र कर</translation>
    </message>
    <message>
        <source>Tax payable</source>
        <translation>देय कर</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Nature of supplies</source>
        <translation>आपूर्ति की प्रकृति</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>Integrated tax</source>
        <translation>एकीकृत कर</translation>
    </message>
    <message>
        <source>Cess</source>
        <translation>उपकर</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>कहाँ से भुगतान</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Supplier GSTIN</source>
        <translation>सप्लायर का GSTIN</translation>
    </message>
    <message>
        <source>UQC</source>
        <translation>UQC</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <source>IGST</source>
        <translation>IGST</translation>
    </message>
    <message>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <source>SGST/UTGST</source>
        <translation>SGST/UTGST</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>कुल मूल्य</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>रिकॉर्ड का प्रकार</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>किस्म</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>भुगतान का तरीका</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>बची रकम</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>देय तारीख</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>चुकाया</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>देर के दिन</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>किसके सामने</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>राउंड-ऑफ़</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>GSTR-1 table</source>
        <translation>GSTR-1 तालिका</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>एंट्री</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>नामे</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>जमा</translation>
    </message>
    <message>
        <source>Voucher type</source>
        <translation>वाउचर का प्रकार</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>वाउचर</translation>
    </message>
    <message>
        <source>Parties&apos; side</source>
        <translation>पार्टियों की तरफ़</translation>
    </message>
    <message>
        <source>What they are</source>
        <translation>ये क्या हैं</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>जीएसटी</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Party / head</source>
        <translation>पार्टी / मद</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>आया पैसा</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>गया पैसा</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>Over {days}</source>
        <translation>{days} से ऊपर</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>शुद्ध बिक्री</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>आखिरी खरीद</translation>
    </message>
    <message>
        <source>Months bought</source>
        <translation>खरीद वाले महीने</translation>
    </message>
    <message>
        <source>Of months</source>
        <translation>कुल महीनों में से</translation>
    </message>
    <message>
        <source>Terms (days)</source>
        <translation>शर्तें (दिन)</translation>
    </message>
    <message>
        <source>Avg days to pay</source>
        <translation>चुकाने में औसत दिन</translation>
    </message>
    <message>
        <source>Avg days late</source>
        <translation>औसत देरी (दिन)</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>अभी अवधि पार</translation>
    </message>
    <message>
        <source>Overdue owed</source>
        <translation>अवधि पार बकाया</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>कितने दिन से</translation>
    </message>
    <message>
        <source>Lifetime sales</source>
        <translation>कुल बिक्री (अब तक)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>खरीदा</translation>
    </message>
</context>
<context>
    <name>composition_page</name>
    <message>
        <source>April-June</source>
        <translation>अप्रैल-जून</translation>
    </message>
    <message>
        <source>July-September</source>
        <translation>जुलाई-सितंबर</translation>
    </message>
    <message>
        <source>October-December</source>
        <translation>अक्टूबर-दिसंबर</translation>
    </message>
    <message>
        <source>January-March</source>
        <translation>जनवरी-मार्च</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>4 quarters</source>
        <translation>4 तिमाहियाँ</translation>
    </message>
    <message>
        <source>not set (Settings › Shop)</source>
        <translation>तय नहीं (सेटिंग्स › दुकान)</translation>
    </message>
    <message>
        <source>{fin_year} · composition rate {rate_text} · taxable turnover &lt;b&gt;{0}&lt;/b&gt; · tax &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>{fin_year} · कंपोज़िशन दर {rate_text} · कर योग्य आवर्त &lt;b&gt;{0}&lt;/b&gt; · कर &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>contra_form</name>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>From</source>
        <translation>किससे</translation>
    </message>
    <message>
        <source>To</source>
        <translation>किसमें</translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation>रकम (₹)</translation>
    </message>
    <message>
        <source>e.g. deposit slip 4471</source>
        <translation>जैसे जमा पर्ची 4471</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>copies_choice</name>
    <message>
        <source>Original for recipient</source>
        <translation>मूल प्रति (प्राप्तकर्ता के लिए)</translation>
    </message>
    <message>
        <source>Original and duplicate</source>
        <translation>मूल और दूसरी प्रति</translation>
    </message>
    <message>
        <source>All three copies</source>
        <translation>तीनों प्रतियाँ</translation>
    </message>
    <message>
        <source>Without a copy mark</source>
        <translation>प्रति का निशान नहीं</translation>
    </message>
    <message>
        <source>Which copies to print (Rule 48): all three go into one print or PDF</source>
        <translation>कौन-सी प्रतियाँ छापें (नियम 48): तीनों एक ही प्रिंट या PDF में जाती हैं</translation>
    </message>
</context>
<context>
    <name>credit_bar</name>
    <message>
        <source>Override…</source>
        <translation>छूट दें…</translation>
    </message>
    <message>
        <source>Let this one sale cross the limit (asks for a reason)</source>
        <translation>इस एक बिक्री को उधार सीमा पार करने दें (कारण पूछा जाएगा)</translation>
    </message>
    <message>
        <source> Stop overridden: {reason}</source>
        <translation> रोक हटाई गई: {reason}</translation>
    </message>
    <message>
        <source>Override the credit limit</source>
        <translation>उधार सीमा से छूट</translation>
    </message>
    <message>
        <source>Why may this sale cross the customer&apos;s credit limit?</source>
        <translation>यह बिक्री ग्राहक की उधार सीमा क्यों पार कर सकती है?</translation>
    </message>
    <message>
        <source>{0} The reason was not taken: keep it under {MAX_OVERRIDE_REASON} characters.</source>
        <translation>{0} कारण नहीं लिया गया: इसे {MAX_OVERRIDE_REASON} अक्षरों से कम रखें।</translation>
    </message>
</context>
<context>
    <name>customer_documents</name>
    <message>
        <source>1 posted invoice, {owed} outstanding on it</source>
        <translation>1 पोस्ट किया गया इनवॉइस, उस पर {owed} बकाया</translation>
    </message>
    <message>
        <source>{posted} posted invoices, {owed} outstanding on them</source>
        <translation>{posted} पोस्ट किए गए इनवॉइस, उन पर {owed} बकाया</translation>
    </message>
</context>
<context>
    <name>customer_file_tab</name>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>तारीफ़</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Add to {code}&apos;s file</source>
        <translation>{code} की फ़ाइल में जोड़ें</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>देय तारीख</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>Search the file…</source>
        <translation>फ़ाइल में खोजें…</translation>
    </message>
    <message>
        <source>Add note, feedback or follow-up…</source>
        <translation>नोट, फ़ीडबैक या फ़ॉलो-अप जोड़ें…</translation>
    </message>
    <message>
        <source>Mark resolved / done</source>
        <translation>सुलझा / पूरा हुआ मार्क करें</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Nothing in this customer&apos;s file yet.</source>
        <translation>इस ग्राहक की फ़ाइल में अभी कुछ नहीं है।</translation>
    </message>
    <message>
        <source>({amount} due)</source>
        <translation>({amount} बकाया)</translation>
    </message>
    <message>
        <source>and {count:,} earlier</source>
        <translation>और {count:,} पहले के</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>भेजे गए रिमाइंडर</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>बदला नहीं गया</translation>
    </message>
</context>
<context>
    <name>customer_form</name>
    <message>
        <source>Customer {code}</source>
        <translation>ग्राहक {code}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>नया ग्राहक</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>पहचान (&amp;I)</translation>
    </message>
    <message>
        <source>{0} (leave blank)</source>
        <translation>{0} (खाली छोड़ें)</translation>
    </message>
    <message>
        <source>A customer&apos;s code never changes</source>
        <translation>ग्राहक का कोड कभी नहीं बदलता</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Full name or business name</source>
        <translation>पूरा नाम या कारोबार का नाम</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>नाम *</translation>
    </message>
    <message>
        <source>Mobile, landline with STD code, or +country code</source>
        <translation>मोबाइल, STD कोड के साथ लैंडलाइन, या +देश का कोड</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Alternate phone</source>
        <translation>दूसरा फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>संपर्क का पसंदीदा तरीका</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>None (type to add one)</source>
        <translation>कोई नहीं (नई जोड़ने के लिए लिखें)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>&amp;Tax</source>
        <translation>कर (&amp;T)</translation>
    </message>
    <message>
        <source>15 characters; fills state and PAN</source>
        <translation>15 अक्षर; राज्य और PAN अपने-आप भरते हैं</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>AAAAA9999A</source>
        <translation>AAAAA9999A</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>An SEZ unit or developer: sales to it are zero-rated</source>
        <translation>SEZ इकाई या डेवलपर: इसे बिक्री शून्य-दर होती है</translation>
    </message>
    <message>
        <source>SEZ unit</source>
        <translation>SEZ इकाई</translation>
    </message>
    <message>
        <source>Registered under the composition scheme</source>
        <translation>कंपोज़िशन योजना में पंजीकृत</translation>
    </message>
    <message>
        <source>Composition dealer</source>
        <translation>कंपोज़िशन डीलर</translation>
    </message>
    <message>
        <source>For a buyer outside India: printed on exports</source>
        <translation>भारत के बाहर के खरीदार के लिए: निर्यात पर छपता है</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Credit &amp;&amp; &amp;terms</source>
        <translation>उधार &amp;&amp; शर्तें (&amp;T)</translation>
    </message>
    <message>
        <source>Credit limit (₹)</source>
        <translation>उधार सीमा (₹)</translation>
    </message>
    <message>
        <source>Warn when a sale crosses the credit limit</source>
        <translation>बिक्री उधार सीमा पार करे तो चेतावनी दें</translation>
    </message>
    <message>
        <source>Refuse a sale that crosses the credit limit</source>
        <translation>उधार सीमा पार करने वाली बिक्री न होने दें</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>भुगतान की शर्तें</translation>
    </message>
    <message>
        <source>This customer also supplies goods or services to us</source>
        <translation>यह ग्राहक हमें सामान या सेवाएँ भी देता है</translation>
    </message>
    <message>
        <source>Preferred transporter</source>
        <translation>पसंदीदा ट्रांसपोर्टर</translation>
    </message>
    <message>
        <source>The CASH customer is for walk-in sales paid in full</source>
        <translation>CASH ग्राहक पूरे भुगतान वाली काउंटर बिक्री के लिए है</translation>
    </message>
    <message>
        <source>Opening balance (when you start using Vyapar Lite)</source>
        <translation>शुरुआती बैलेंस (Vyapar Lite शुरू करते समय)</translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation>राशि (₹)</translation>
    </message>
    <message>
        <source>Receivable: they owe us</source>
        <translation>लेना बाकी: वे हमारे देनदार हैं</translation>
    </message>
    <message>
        <source>Advance: we hold their money</source>
        <translation>अग्रिम: उनका पैसा हमारे पास है</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>पते (&amp;A)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>बिल का पता</translation>
    </message>
    <message>
        <source>Shipping address same as billing</source>
        <translation>माल भेजने का पता बिल वाला ही</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>माल भेजने का पता</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>This is your shop&apos;s own GSTIN. A customer&apos;s invoices should carry the customer&apos;s GSTIN: check it before saving.</source>
        <translation>यह आपकी दुकान का अपना GSTIN है। ग्राहक के इनवॉइस पर ग्राहक का GSTIN होना चाहिए: सहेजने से पहले जाँच लें।</translation>
    </message>
    <message>
        <source>a new customer {0}</source>
        <translation>नया ग्राहक {0}</translation>
    </message>
    <message>
        <source>changes to customer {0} {1}</source>
        <translation>ग्राहक {0} {1} में बदलाव</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>शायद दोबारा दर्ज</translation>
    </message>
    <message>
        <source>{code} {name} has the same {what}.</source>
        <translation>{code} {name} का {what} भी यही है।</translation>
    </message>
    <message>
        <source>Save this customer anyway?</source>
        <translation>फिर भी यह ग्राहक सहेजें?</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ई-मेल</translation>
    </message>
</context>
<context>
    <name>customer_list_page</name>
    <message>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Has dues</source>
        <translation>बकाया वाले</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>नया ग्राहक</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Add customers from an Excel file (template: customers.xlsx)</source>
        <translation>Excel फ़ाइल से ग्राहक जोड़ें (टेम्पलेट: customers.xlsx)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Write every customer to an Excel file</source>
        <translation>हर ग्राहक को Excel फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
</context>
<context>
    <name>customer_page</name>
    <message>
        <source>← Customers</source>
        <translation>← ग्राहक</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>खाता विवरण</translation>
    </message>
    <message>
        <source>This customer&apos;s statement, to print or send as a PDF</source>
        <translation>इस ग्राहक का खाता विवरण, छापने या PDF भेजने के लिए</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>याद दिलाएँ…</translation>
    </message>
    <message>
        <source>A payment or win-back message by WhatsApp, e-mail or copy</source>
        <translation>भुगतान या वापस बुलाने का संदेश WhatsApp, ई-मेल या कॉपी से</translation>
    </message>
    <message>
        <source>Opening bills…</source>
        <translation>शुरुआती बिल…</translation>
    </message>
    <message>
        <source>What this customer owed (bill by bill) or had paid ahead before the shop used the app</source>
        <translation>ऐप शुरू करने से पहले इस ग्राहक का बकाया (बिल-वार) या अग्रिम जमा राशि</translation>
    </message>
    <message>
        <source>Export customer&apos;s data…</source>
        <translation>ग्राहक का डेटा एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Everything the shop holds on this customer, in one Excel workbook (if they ask)</source>
        <translation>इस ग्राहक के बारे में दुकान के पास जो कुछ है, एक Excel वर्कबुक में (अगर वे माँगें)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>नामे</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>जमा</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>उधार सीमा</translation>
    </message>
    <message>
        <source>Credit available</source>
        <translation>बची उधार सीमा</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>भुगतान की शर्तें</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>लॉयल्टी अंक</translation>
    </message>
    <message>
        <source>{fact}:</source>
        <translation>{fact}:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>खाना</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>लेन-देन (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>खाता बही (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>Change &amp;history</source>
        <translation>बदलावों का इतिहास (&amp;H)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{code} · {name}{status}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{code} · {name}{status}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>अपंजीकृत</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No credit limit</source>
        <translation>कोई उधार सीमा नहीं</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Over the limit by {0}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;सीमा से {0} ज़्यादा&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{payment_terms_days} days</source>
        <translation>{payment_terms_days} दिन</translation>
    </message>
    <message>
        <source>Due on the invoice date</source>
        <translation>इनवॉइस की तारीख पर देय</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>फिर से सक्रिय करें</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>निष्क्रिय करें…</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data to Excel</source>
        <translation>ग्राहक का डेटा Excel में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Exporting {code}&apos;s data</source>
        <translation>{code} का डेटा एक्सपोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>एक्सपोर्ट नहीं हुआ</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>एक्सपोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>{count:,} records written to {path}.</source>
        <translation>{count:,} रिकॉर्ड {path} में लिखे गए।</translation>
    </message>
    <message>
        <source>Deactivate customer</source>
        <translation>ग्राहक निष्क्रिय करें</translation>
    </message>
    <message>
        <source>{name} will be hidden from pickers and kept in reports.
Reason (optional):</source>
        <translation>{name} चुनने की सूचियों से छिपा दिया जाएगा और रिपोर्टों में बना रहेगा।
कारण (वैकल्पिक):</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>बदला नहीं गया</translation>
    </message>
</context>
<context>
    <name>customer_picker</name>
    <message>
        <source>Walk-in counter sale: paid in full</source>
        <translation>काउंटर पर फुटकर बिक्री: पूरा भुगतान</translation>
    </message>
    <message>
        <source>Balance {balance}</source>
        <translation>बैलेंस {balance}</translation>
    </message>
    <message>
        <source>Limit {amount}</source>
        <translation>सीमा {amount}</translation>
    </message>
    <message>
        <source>sales stop at the limit</source>
        <translation>सीमा पर बिक्री रुकेगी</translation>
    </message>
    <message>
        <source>{points:,} points</source>
        <translation>{points:,} पॉइंट</translation>
    </message>
    <message>
        <source>Type a name, code, phone or city…</source>
        <translation>नाम, कोड, फ़ोन या शहर लिखें…</translation>
    </message>
    <message>
        <source>{name} ({code}) is deactivated: reactivate first</source>
        <translation>{name} ({code}) निष्क्रिय है: पहले फिर सक्रिय करें</translation>
    </message>
    <message>
        <source>No active customer matches “{text}”</source>
        <translation>“{text}” से कोई सक्रिय ग्राहक नहीं मिलता</translation>
    </message>
</context>
<context>
    <name>customer_settings</name>
    <message>
        <source>Customer codes</source>
        <translation>ग्राहक कोड</translation>
    </message>
    <message>
        <source>Save prefix</source>
        <translation>प्रीफ़िक्स सहेजें</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>प्रीफ़िक्स</translation>
    </message>
    <message>
        <source>Customer categories</source>
        <translation>ग्राहक श्रेणियाँ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>निष्क्रिय / फिर सक्रिय करें</translation>
    </message>
    <message>
        <source>The next new customer gets {0}.</source>
        <translation>अगले नए ग्राहक को {0} मिलेगा।</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>नई श्रेणी</translation>
    </message>
    <message>
        <source>Category name:</source>
        <translation>श्रेणी का नाम:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>श्रेणी का नाम बदलें</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>नया नाम:</translation>
    </message>
</context>
<context>
    <name>customer_table</name>
    <message>
        <source>{amount} advance</source>
        <translation>{amount} अग्रिम</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <source>Cash sale (walk-in)</source>
        <translation>नकद बिक्री (फुटकर)</translation>
    </message>
</context>
<context>
    <name>daily_closing_page</name>
    <message>
        <source>Cash account</source>
        <translation>नकद खाता</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>नकद आया</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>नकद गया</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>एंट्री</translation>
    </message>
    <message>
        <source>What the books expect in the drawer</source>
        <translation>बही के अनुसार गल्ले में कितना होना चाहिए</translation>
    </message>
    <message>
        <source>Why the cash is short or excess</source>
        <translation>नकद कम या ज़्यादा क्यों है</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>दिन बंद करें</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>गल्ला गिनें</translation>
    </message>
    <message>
        <source>Reason for a difference</source>
        <translation>अंतर का कारण</translation>
    </message>
    <message>
        <source>Working out the day&apos;s cash…</source>
        <translation>दिन का नकद हिसाब हो रहा है…</translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation>शुरुआती नकद</translation>
    </message>
    <message>
        <source>Opening cash (below nothing)</source>
        <translation>शुरुआती नकद (शून्य से कम)</translation>
    </message>
    <message>
        <source>Expected in the drawer: {0}</source>
        <translation>गल्ले में होना चाहिए: {0}</translation>
    </message>
    <message>
        <source>: {amount} short posted to the cash book</source>
        <translation>: {amount} कम, कैश बुक में दर्ज किया गया</translation>
    </message>
    <message>
        <source>: {amount} excess posted to the cash book</source>
        <translation>: {amount} ज़्यादा, कैश बुक में दर्ज किया गया</translation>
    </message>
    <message>
        <source>, as the books expected</source>
        <translation>, खातों के अनुसार ठीक</translation>
    </message>
    <message>
        <source>Counted {0}{posted}</source>
        <translation>गिना गया {0}{posted}</translation>
    </message>
    <message>
        <source>Closed at {closed_at:%H:%M on %d-%m-%Y}: counted {0}. Cash documents dated this day need the owner&apos;s password.</source>
        <translation>{closed_at:%H:%M on %d-%m-%Y} पर बंद: गिना गया {0}। इस दिन की तारीख वाले नकद दस्तावेज़ों के लिए मालिक का पासवर्ड चाहिए।</translation>
    </message>
    <message>
        <source>Cash is closed up to {last_closed:%d-%m-%Y}.</source>
        <translation>नकद {last_closed:%d-%m-%Y} तक बंद है।</translation>
    </message>
    <message>
        <source>Last closed: {last_closed:%d-%m-%Y}.</source>
        <translation>आखिरी बार बंद: {last_closed:%d-%m-%Y}।</translation>
    </message>
    <message>
        <source>No day closed yet.</source>
        <translation>अभी तक कोई दिन बंद नहीं हुआ।</translation>
    </message>
    <message>
        <source>{on:%d-%m-%Y} is open.{last}</source>
        <translation>{on:%d-%m-%Y} खुला है।{last}</translation>
    </message>
    <message>
        <source>Type the notes counted: the difference shows here</source>
        <translation>गिने हुए नोट लिखें: अंतर यहाँ दिखेगा</translation>
    </message>
    <message>
        <source>The count matches the books</source>
        <translation>गिनती बही से मेल खाती है</translation>
    </message>
    <message>
        <source>{word} by {0}</source>
        <translation>{0} से {word}</translation>
    </message>
    <message>
        <source>{on:%d-%m-%Y} is closed.</source>
        <translation>{on:%d-%m-%Y} बंद है।</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>₹ crore</source>
        <translation>₹ करोड़</translation>
    </message>
    <message>
        <source>₹ lakh</source>
        <translation>₹ लाख</translation>
    </message>
    <message>
        <source>₹ thousand</source>
        <translation>₹ हज़ार</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>जन</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>फ़र</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>अप्रै</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>जुला</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>अग</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>सित</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>अक्टू</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>नव</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>दिस</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>अभी देय नहीं</translation>
    </message>
    <message>
        <source>Over {days}</source>
        <translation>{days} से ऊपर</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>महीनेवार बिक्री</translation>
    </message>
    <message>
        <source>Sales register…</source>
        <translation>बिक्री रजिस्टर…</translation>
    </message>
    <message>
        <source>What customers owe, by age</source>
        <translation>ग्राहकों पर बकाया, उम्र के हिसाब से</translation>
    </message>
    <message>
        <source>Ageing report…</source>
        <translation>एजिंग रिपोर्ट…</translation>
    </message>
    <message>
        <source>Top 10 customers by sales</source>
        <translation>बिक्री में सबसे आगे 10 ग्राहक</translation>
    </message>
    <message>
        <source>Customer insights…</source>
        <translation>ग्राहकों की जानकारी…</translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation>आज की बिक्री</translation>
    </message>
    <message>
        <source>Sales this month</source>
        <translation>इस महीने की बिक्री</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>आज प्राप्त</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>इस महीने प्राप्त</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Customers owe</source>
        <translation>ग्राहकों पर बकाया</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>देय तिथि बीत चुकी</translation>
    </message>
    <message>
        <source>Customers overdue</source>
        <translation>देर वाले ग्राहक</translation>
    </message>
    <message>
        <source>Over their credit limit</source>
        <translation>उधार सीमा से ऊपर</translation>
    </message>
    <message>
        <source>Items low on stock</source>
        <translation>कम स्टॉक वाला सामान</translation>
    </message>
    <message>
        <source>Cash in hand</source>
        <translation>हाथ में नकद</translation>
    </message>
    <message>
        <source>In the bank</source>
        <translation>बैंक में</translation>
    </message>
    <message>
        <source>Expenses today</source>
        <translation>आज के खर्च</translation>
    </message>
    <message>
        <source>sales register for today</source>
        <translation>आज का बिक्री रजिस्टर</translation>
    </message>
    <message>
        <source>sales register for this month</source>
        <translation>इस महीने का बिक्री रजिस्टर</translation>
    </message>
    <message>
        <source>Payments screen</source>
        <translation>भुगतान स्क्रीन</translation>
    </message>
    <message>
        <source>backup settings</source>
        <translation>बैकअप सेटिंग्स</translation>
    </message>
    <message>
        <source>customer balances report</source>
        <translation>ग्राहकों के बैलेंस की रिपोर्ट</translation>
    </message>
    <message>
        <source>ageing report</source>
        <translation>एजिंग रिपोर्ट</translation>
    </message>
    <message>
        <source>outstanding invoices report</source>
        <translation>बकाया इनवॉइस की रिपोर्ट</translation>
    </message>
    <message>
        <source>item list, low stock only</source>
        <translation>सामान की सूची, केवल कम स्टॉक</translation>
    </message>
    <message>
        <source>cash and bank books</source>
        <translation>नकद और बैंक बही</translation>
    </message>
    <message>
        <source>expenses report</source>
        <translation>खर्च रिपोर्ट</translation>
    </message>
</context>
<context>
    <name>dashboard_page</name>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;डैशबोर्ड&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Refresh  (F5)</source>
        <translation>ताज़ा करें  (F5)</translation>
    </message>
    <message>
        <source>{caption}: open the {0}</source>
        <translation>{caption}: {0} खोलें</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>आँकड़े निकाले जा रहे हैं…</translation>
    </message>
    <message>
        <source>as of {today:%d-%m-%Y}</source>
        <translation>{today:%d-%m-%Y} तक</translation>
    </message>
    <message>
        <source>The figures could not be worked out: {message}</source>
        <translation>आँकड़े नहीं निकल सके: {message}</translation>
    </message>
</context>
<context>
    <name>day_book_page</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} से {end}</translation>
    </message>
    <message>
        <source>{when} · {0} · Money in &lt;b&gt;{1}&lt;/b&gt; · Money out &lt;b&gt;{2}&lt;/b&gt; (every cash and bank book together). Cancelled documents are in grey.</source>
        <translation>{when} · {0} · आया पैसा &lt;b&gt;{1}&lt;/b&gt; · गया पैसा &lt;b&gt;{2}&lt;/b&gt; (सभी नकद और बैंक बही मिलाकर)। रद्द दस्तावेज़ धूसर रंग में हैं।</translation>
    </message>
</context>
<context>
    <name>deemed_export_field</name>
    <message>
        <source>Deemed e&amp;xport (s.147)</source>
        <translation>मानित निर्या&amp;त (धारा 147)</translation>
    </message>
    <message>
        <source>A supply notified as a deemed export (Notification 48/2017-Central Tax): tax is charged as usual and the buyer or the shop may claim it back</source>
        <translation>मानित निर्यात के रूप में अधिसूचित आपूर्ति (अधिसूचना 48/2017-केंद्रीय कर): कर सामान्य रूप से लगता है और खरीदार या दुकान उसका रिफ़ंड ले सकते हैं</translation>
    </message>
</context>
<context>
    <name>denominations</name>
    <message>
        <source>Number of ₹{value} notes</source>
        <translation>₹{value} के नोटों की गिनती</translation>
    </message>
    <message>
        <source>Coins (amount)</source>
        <translation>सिक्के (राशि)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counted&lt;/b&gt;</source>
        <translation>&lt;b&gt;गिना गया&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>doc_window</name>
    <message>
        <source>&lt;h2&gt;{heading}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{heading}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>CANCELLED — {reason}</source>
        <translation>रद्द — {reason}</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>{number} रद्द करें</translation>
    </message>
    <message>
        <source>Not {what}</source>
        <translation>{what} नहीं हुआ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>This payment</source>
        <translation>यह भुगतान</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>अभी बकाया</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>भुगतान का तरीका</translation>
    </message>
    <message>
        <source>Set off</source>
        <translation>आपस में घटाया</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>तरफ़</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>नामे</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>जमा</translation>
    </message>
    <message>
        <source>We owe them</source>
        <translation>हमें उन्हें देना है</translation>
    </message>
</context>
<context>
    <name>doc_words</name>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>Debit memo</source>
        <translation>डेबिट मेमो</translation>
    </message>
    <message>
        <source>Financial credit note</source>
        <translation>वित्तीय क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Opening bill</source>
        <translation>शुरुआती बिल</translation>
    </message>
    <message>
        <source>Sale order</source>
        <translation>बिक्री ऑर्डर</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>बट्टे खाता</translation>
    </message>
    <message>
        <source>Contra settlement</source>
        <translation>कॉन्ट्रा हिसाब</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>शुरुआती जमा</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Payment to supplier</source>
        <translation>सप्लायर को भुगतान</translation>
    </message>
    <message>
        <source>Purchase bill</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>खर्च</translation>
    </message>
    <message>
        <source>Contra voucher</source>
        <translation>कॉन्ट्रा वाउचर</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>शुरुआती बैलेंस</translation>
    </message>
    <message>
        <source>Cheque cleared</source>
        <translation>चेक क्लियर हुआ</translation>
    </message>
    <message>
        <source>Cheque bounced</source>
        <translation>चेक बाउंस हुआ</translation>
    </message>
</context>
<context>
    <name>document_dialog</name>
    <message>
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>लौटाया</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>कर</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Related documents (Enter or double-click opens one):</source>
        <translation>संबंधित दस्तावेज़ (खोलने के लिए Enter या डबल-क्लिक):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट… (&amp;P)</translation>
    </message>
    <message>
        <source>Receipt &amp;80 mm…</source>
        <translation>80 mm रसीद… (&amp;8)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF सहेजें… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel invoice…</source>
        <translation>इनवॉइस रद्द करें… (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;redit note…</source>
        <translation>क्रेडिट नोट… (&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;ebit note…</source>
        <translation>डेबिट नोट… (&amp;E)</translation>
    </message>
    <message>
        <source>Financial credit…</source>
        <translation>वित्तीय क्रेडिट…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0} {number}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{0} {number}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>CANCELLED — {cancel_reason}</source>
        <translation>रद्द — {cancel_reason}</translation>
    </message>
    <message>
        <source> · Balance due {amount}</source>
        <translation> · बकाया राशि {amount}</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>मिले पॉइंट</translation>
    </message>
    <message>
        <source>{against_number}  (the invoice)</source>
        <translation>{against_number}  (इनवॉइस)</translation>
    </message>
    <message>
        <source>{order_number}  (sale order)</source>
        <translation>{order_number}  (बिक्री ऑर्डर)</translation>
    </message>
    <message>
        <source>Notes were raised against it: correct it with a credit note</source>
        <translation>इस पर नोट बन चुके हैं: इसे क्रेडिट नोट से सुधारें</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>अपंजीकृत</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>भुनाए गए पॉइंट</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>{number} रद्द करें</translation>
    </message>
    <message>
        <source>Cancel invoice {number} of {amount} for {customer}? Everything it moved is reversed and the number stays used. Why is it cancelled?</source>
        <translation>{customer} का {amount} का इनवॉइस {number} रद्द करें? इसकी हर एंट्री उलट दी जाएगी और यह नंबर इस्तेमाल हुआ ही रहेगा। इसे क्यों रद्द कर रहे हैं?</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>रद्द नहीं हुआ</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
</context>
<context>
    <name>draft_form</name>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>excel_headers</name>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>अग्रिम</translation>
    </message>
    <message>
        <source>After (stored)</source>
        <translation>बाद में (सहेजा)</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>किसके सामने</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Before (stored)</source>
        <translation>पहले (सहेजा)</translation>
    </message>
    <message>
        <source>Bills and notes</source>
        <translation>बिल और नोट</translation>
    </message>
    <message>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Central tax</source>
        <translation>केंद्रीय कर</translation>
    </message>
    <message>
        <source>Cess</source>
        <translation>उपकर</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>जमा</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>ग्राहक कोड</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>ग्राहक का नाम</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>देर के दिन</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>नामे</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Document value</source>
        <translation>दस्तावेज़ का मूल्य</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>देय तारीख</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <source>Exempt / nil / non-GST</source>
        <translation>छूट / शून्य दर / गैर-जीएसटी</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <source>IGST</source>
        <translation>IGST</translation>
    </message>
    <message>
        <source>Integrated tax</source>
        <translation>एकीकृत कर</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>इनवॉइस का प्रकार</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Nature of supplies</source>
        <translation>आपूर्ति की प्रकृति</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>चुकाया</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>तिमाही</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>दर %</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>लेना बाकी</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>रिकॉर्ड का प्रकार</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>रिवर्स चार्ज</translation>
    </message>
    <message>
        <source>Round-off/loyalty</source>
        <translation>राउंड-ऑफ़/लॉयल्टी</translation>
    </message>
    <message>
        <source>SGST/UTGST</source>
        <translation>SGST/UTGST</translation>
    </message>
    <message>
        <source>State/UT tax</source>
        <translation>राज्य/संघ राज्य क्षेत्र कर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Supplies made to</source>
        <translation>आपूर्ति किसे की</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>आपूर्ति</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Tax payable</source>
        <translation>देय कर</translation>
    </message>
    <message>
        <source>Tax payable by recipient (RCM)</source>
        <translation>प्राप्तकर्ता द्वारा देय कर (RCM)</translation>
    </message>
    <message>
        <source>Taxable turnover</source>
        <translation>कर योग्य आवर्त</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Total quantity</source>
        <translation>कुल मात्रा</translation>
    </message>
    <message>
        <source>Total taxable value</source>
        <translation>कुल कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>कुल मूल्य</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>UQC</source>
        <translation>UQC</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>बिल नंबर</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>किस्म</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>आया पैसा</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>गया पैसा</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>कहाँ से भुगतान</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Party / head</source>
        <translation>पार्टी / मद</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>दरें</translation>
    </message>
    <message>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <source>Supplier GSTIN</source>
        <translation>सप्लायर का GSTIN</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>अभी देय नहीं</translation>
    </message>
    <message>
        <source>Over {days}</source>
        <translation>{days} से ऊपर</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
</context>
<context>
    <name>excel_transfer</name>
    <message>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <source>Import {noun} from {file_name}</source>
        <translation>{file_name} से {noun} इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,} {noun}&lt;/b&gt; are ready to import. Nothing is saved until you press Import.</source>
        <translation>&lt;b&gt;{0:,} {noun}&lt;/b&gt; इम्पोर्ट के लिए तैयार हैं। इम्पोर्ट दबाने तक कुछ भी सहेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,} problems in {bad_rows:,} rows&lt;/b&gt;: nothing can be imported until they are corrected in the file.</source>
        <translation>&lt;b&gt;{bad_rows:,} पंक्तियों में {0:,} समस्याएँ&lt;/b&gt;: फ़ाइल में इन्हें ठीक किए बिना कुछ भी इम्पोर्ट नहीं हो सकता।</translation>
    </message>
    <message>
        <source>&lt;br&gt;{0:,} warnings (these rows are still imported).</source>
        <translation>&lt;br&gt;{0:,} चेतावनियाँ (ये पंक्तियाँ फिर भी इम्पोर्ट होती हैं)।</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Problems ({0:,})</source>
        <translation>समस्याएँ ({0:,})</translation>
    </message>
    <message>
        <source>Warnings ({0:,})</source>
        <translation>चेतावनियाँ ({0:,})</translation>
    </message>
    <message>
        <source>Import {0:,} {noun}</source>
        <translation>{0:,} {noun} इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Import {noun}</source>
        <translation>{noun} इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Checking {0:,} rows…</source>
        <translation>{0:,} पंक्तियाँ जाँची जा रही हैं…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>फ़ाइल जाँची जा रही है</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>इम्पोर्ट नहीं हुआ</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>इम्पोर्ट नहीं हो सकता</translation>
    </message>
    <message>
        <source>Importing {0:,} {noun}…</source>
        <translation>{0:,} {noun} इम्पोर्ट हो रहे हैं…</translation>
    </message>
    <message>
        <source>Importing {noun}</source>
        <translation>{noun} इम्पोर्ट हो रहे हैं</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>कुछ भी इम्पोर्ट नहीं हुआ</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>इम्पोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>Imported {count}{codes}.</source>
        <translation>{count}{codes} इम्पोर्ट हुए।</translation>
    </message>
    <message>
        <source>Export {noun}</source>
        <translation>{noun} एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Writing {done:,} of {total:,}…</source>
        <translation>{total:,} में से {done:,} लिखे गए…</translation>
    </message>
    <message>
        <source>Exporting {noun}</source>
        <translation>{noun} एक्सपोर्ट हो रहे हैं</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>एक्सपोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>{count} written to {path}.</source>
        <translation>{count} {path} में लिखे गए।</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>एक्सपोर्ट नहीं हुआ</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>शुरुआती बैलेंस</translation>
    </message>
    <message>
        <source>items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>जीएसटी</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>किसके सामने</translation>
    </message>
</context>
<context>
    <name>expense_form</name>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>New head…</source>
        <translation>नया मद…</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation>रकम (₹)</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>किस खाते से</translation>
    </message>
    <message>
        <source>e.g. May rent, Raju&apos;s wages</source>
        <translation>जैसे मई का किराया, राजू की मज़दूरी</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>A supplier&apos;s GST bill (for the accountant&apos;s input tax)</source>
        <translation>सप्लायर का जीएसटी बिल (अकाउंटेंट के इनपुट टैक्स के लिए)</translation>
    </message>
    <message>
        <source>Supplier GSTIN</source>
        <translation>सप्लायर का GSTIN</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>सप्लायर</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>बिल नंबर</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>बिल की तारीख</translation>
    </message>
    <message>
        <source>Tax by rate</source>
        <translation>दर के अनुसार कर</translation>
    </message>
    <message>
        <source>New expense head</source>
        <translation>नया खर्च मद</translation>
    </message>
    <message>
        <source>Name of the head:</source>
        <translation>मद का नाम:</translation>
    </message>
</context>
<context>
    <name>expense_heads</name>
    <message>
        <source>Rent</source>
        <translation>किराया</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>मज़दूरी</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>बिजली</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>भाड़ा</translation>
    </message>
    <message>
        <source>Tea &amp; snacks</source>
        <translation>चाय-नाश्ता</translation>
    </message>
</context>
<context>
    <name>expenses_page</name>
    <message>
        <source>{start} to {end} · &lt;b&gt;Spent {total}&lt;/b&gt; (GST on bills {tax})</source>
        <translation>{start} से {end} · &lt;b&gt;खर्च {total}&lt;/b&gt; (बिलों पर जीएसटी {tax})</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <source>This financial year</source>
        <translation>यह वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>पिछला वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>यह महीना</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>पिछला महीना</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>चुनी हुई तारीखें</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>सभी भुगतान</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <source>Cheques not yet cleared</source>
        <translation>चेक जो अभी क्लियर नहीं हुए</translation>
    </message>
    <message>
        <source>Advances held</source>
        <translation>रखे हुए अग्रिम</translation>
    </message>
    <message>
        <source>Money on account</source>
        <translation>खाते में जमा पैसा</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>बट्टे खाते</translation>
    </message>
    <message>
        <source>Contra settlements</source>
        <translation>कॉन्ट्रा हिसाब</translation>
    </message>
    <message>
        <source>Refunds and payments out</source>
        <translation>वापसी और किए गए भुगतान</translation>
    </message>
    <message>
        <source>Purchase bills</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>Cancelled or bounced</source>
        <translation>रद्द या बाउंस</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>सभी दस्तावेज़</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Debit notes</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>Open sale orders</source>
        <translation>खुले बिक्री ऑर्डर</translation>
    </message>
</context>
<context>
    <name>gst_rate_settings</name>
    <message>
        <source>GST rates</source>
        <translation>जीएसटी दरें</translation>
    </message>
    <message>
        <source>The rates an item can be given. Rates change by notification: add a new one, and deactivate one that no longer applies (items that have it keep it).</source>
        <translation>सामान को दी जा सकने वाली दरें। दरें अधिसूचना से बदलती हैं: नई दर जोड़ें, और जो दर अब लागू नहीं उसे निष्क्रिय करें (जिन सामानों पर वह है, उन पर बनी रहती है)।</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>निष्क्रिय / फिर सक्रिय करें</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>New GST rate</source>
        <translation>नई जीएसटी दर</translation>
    </message>
    <message>
        <source>Rate in percent (e.g. 18 or 0.25):</source>
        <translation>दर प्रतिशत में (जैसे 18 या 0.25):</translation>
    </message>
</context>
<context>
    <name>gst_returns</name>
    <message>
        <source>Composition taxable persons: buyers marked &quot;Composition dealer&quot; when the document was issued. UIN holders are not recorded on customers, so none are listed</source>
        <translation>कंपोज़िशन करदाता: वे खरीदार जो दस्तावेज़ जारी होते समय &quot;कंपोज़िशन डीलर&quot; चिह्नित थे। ग्राहकों पर UIN धारक दर्ज नहीं होते, इसलिए कोई सूची में नहीं है</translation>
    </message>
    <message>
        <source>Inward supplies are not covered yet: Table 3.1 (d) (inward supplies liable to reverse charge) and Table 4 (eligible ITC) need purchase bills with tax by head. Fill them in on the portal from GSTR-2B.</source>
        <translation>आवक आपूर्ति अभी शामिल नहीं है: तालिका 3.1 (d) (रिवर्स चार्ज के अधीन आवक आपूर्ति) और तालिका 4 (पात्र ITC) के लिए कर-मद वार कर वाले खरीद बिल चाहिए। इन्हें पोर्टल पर GSTR-2B से भरें।</translation>
    </message>
    <message>
        <source>3.1 (a) Outward taxable supplies (other than zero rated, nil rated and exempted)</source>
        <translation>3.1 (a) बाहरी कर योग्य आपूर्ति (शून्य दर, निल रेटेड और छूट प्राप्त के अलावा)</translation>
    </message>
    <message>
        <source>3.1 (b) Outward taxable supplies (zero rated)</source>
        <translation>3.1 (b) बाहरी कर योग्य आपूर्ति (शून्य दर)</translation>
    </message>
    <message>
        <source>3.1 (c) Other outward supplies (nil rated, exempted)</source>
        <translation>3.1 (c) अन्य बाहरी आपूर्ति (निल रेटेड, छूट प्राप्त)</translation>
    </message>
    <message>
        <source>3.1 (e) Non-GST outward supplies</source>
        <translation>3.1 (e) गैर-जीएसटी बाहरी आपूर्ति</translation>
    </message>
    <message>
        <source>Outward supplies on reverse charge (GSTR-1 table 4B): tax payable by the recipient, not in 3.1 (a)</source>
        <translation>रिवर्स चार्ज पर बाहरी आपूर्ति (GSTR-1 तालिका 4B): कर प्राप्तकर्ता देगा, 3.1 (a) में नहीं</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>Supplies made to</source>
        <translation>आपूर्ति किसे की</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>Integrated tax</source>
        <translation>एकीकृत कर</translation>
    </message>
    <message>
        <source>Unregistered persons</source>
        <translation>अपंजीकृत व्यक्ति</translation>
    </message>
    <message>
        <source>Composition taxable persons</source>
        <translation>कंपोज़िशन करदाता</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.2&lt;/b&gt; Inter-state supplies to unregistered persons and composition dealers: none in the period.</source>
        <translation>&lt;b&gt;3.2&lt;/b&gt; अपंजीकृत व्यक्तियों और कंपोज़िशन डीलरों को अंतर-राज्यीय आपूर्ति: इस अवधि में कोई नहीं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.2&lt;/b&gt; Of the supplies in 3.1 (a), inter-state supplies by place of supply</source>
        <translation>&lt;b&gt;3.2&lt;/b&gt; 3.1 (a) की आपूर्ति में से, आपूर्ति के स्थान के अनुसार अंतर-राज्यीय आपूर्ति</translation>
    </message>
    <message>
        <source>{what}: taxable value &lt;b&gt;{taxable}&lt;/b&gt; (tax on it {tax}).</source>
        <translation>{what}: कर योग्य मूल्य &lt;b&gt;{taxable}&lt;/b&gt; (उस पर कर {tax})।</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}।</translation>
    </message>
    <message>
        <source>Table 3.1</source>
        <translation>तालिका 3.1</translation>
    </message>
    <message>
        <source>inter-state supplies to unregistered persons and composition</source>
        <translation>अपंजीकृत व्यक्तियों और कंपोज़िशन करदाताओं को अंतर-राज्यीय आपूर्ति</translation>
    </message>
    <message>
        <source>4, 6B, 6C  B2B invoices, SEZ, deemed exports (b2b)</source>
        <translation>4, 6B, 6C  B2B इनवॉइस, SEZ, मानित निर्यात (b2b)</translation>
    </message>
    <message>
        <source>5  B2C large, inter-state (b2cl)</source>
        <translation>5  B2C बड़े, अंतर-राज्यीय (b2cl)</translation>
    </message>
    <message>
        <source>6A  Exports (exp)</source>
        <translation>6A  निर्यात (exp)</translation>
    </message>
    <message>
        <source>7  B2C small, by place and rate (b2cs)</source>
        <translation>7  B2C छोटे, स्थान और दर के अनुसार (b2cs)</translation>
    </message>
    <message>
        <source>8  Nil-rated, exempt, non-GST (nil)</source>
        <translation>8  निल रेटेड, छूट प्राप्त, गैर-जीएसटी (nil)</translation>
    </message>
    <message>
        <source>9B  Credit/debit notes, registered (cdnr)</source>
        <translation>9B  क्रेडिट/डेबिट नोट, पंजीकृत (cdnr)</translation>
    </message>
    <message>
        <source>9B  Credit/debit notes, unregistered (cdnur)</source>
        <translation>9B  क्रेडिट/डेबिट नोट, अपंजीकृत (cdnur)</translation>
    </message>
    <message>
        <source>12  HSN summary, B2B (hsn_b2b)</source>
        <translation>12  HSN सारांश, B2B (hsn_b2b)</translation>
    </message>
    <message>
        <source>12  HSN summary, B2C (hsn_b2c)</source>
        <translation>12  HSN सारांश, B2C (hsn_b2c)</translation>
    </message>
    <message>
        <source>13  Documents issued (doc_issue)</source>
        <translation>13  जारी किए गए दस्तावेज़ (doc_issue)</translation>
    </message>
</context>
<context>
    <name>gst_settings</name>
    <message>
        <source>Turnover last year above ₹5 crore</source>
        <translation>पिछले वर्ष का आवर्त (टर्नओवर) ₹5 करोड़ से ऊपर</translation>
    </message>
    <message>
        <source>Every invoice line then needs a 6-digit HSN/SAC; otherwise 4 digits on invoices to registered customers (Notification 78/2020)</source>
        <translation>तब इनवॉइस की हर पंक्ति पर 6 अंकों का HSN/SAC चाहिए; वरना पंजीकृत ग्राहकों के इनवॉइस पर 4 अंक (अधिसूचना 78/2020)</translation>
    </message>
    <message>
        <source>We have a Letter of Undertaking (LUT) for zero-rated supplies</source>
        <translation>शून्य दर आपूर्ति के लिए हमारे पास वचनबंध पत्र (LUT) है</translation>
    </message>
    <message>
        <source>Supplies to SEZ units are then made without IGST unless the invoice says otherwise</source>
        <translation>तब SEZ इकाइयों को आपूर्ति बिना IGST के होती है, जब तक इनवॉइस कुछ और न कहे</translation>
    </message>
    <message>
        <source>Save GST settings</source>
        <translation>जीएसटी सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <source>Tax invoices</source>
        <translation>कर बीजक (टैक्स इनवॉइस)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>gstr3b_page</name>
    <message>
        <source>Return period</source>
        <translation>रिटर्न की अवधि</translation>
    </message>
    <message>
        <source>{0} ({1} to {2}) · 3.1 (a) taxable &lt;b&gt;{3}&lt;/b&gt; · tax &lt;b&gt;{4}&lt;/b&gt;</source>
        <translation>{0} ({1} से {2}) · 3.1 (a) कर योग्य &lt;b&gt;{3}&lt;/b&gt; · कर &lt;b&gt;{4}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{period} ({start} to {end})</source>
        <translation>{period} ({start} से {end})</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>This sheet: the keys of the screen you are on</source>
        <translation>यह शीट: जिस स्क्रीन पर आप हैं उसकी कुंजियाँ</translation>
    </message>
    <message>
        <source>Dashboard, Customers, Items, Sales, Payments, Reports, Audit, Settings, Money</source>
        <translation>डैशबोर्ड, ग्राहक, सामान, बिक्री, भुगतान, रिपोर्ट, ऑडिट, सेटिंग्स, पैसा</translation>
    </message>
    <message>
        <source>New invoice (from a customer&apos;s page: for that customer)</source>
        <translation>नया इनवॉइस (ग्राहक के पेज से: उसी ग्राहक के लिए)</translation>
    </message>
    <message>
        <source>New sale order</source>
        <translation>नया बिक्री ऑर्डर</translation>
    </message>
    <message>
        <source>New receipt (from a customer&apos;s page: from that customer)</source>
        <translation>नई रसीद (ग्राहक के पेज से: उसी ग्राहक से)</translation>
    </message>
    <message>
        <source>Refund an advance</source>
        <translation>अग्रिम वापस करें</translation>
    </message>
    <message>
        <source>Purchase bill / payment out (suppliers)</source>
        <translation>खरीद बिल / किया गया भुगतान (सप्लायर)</translation>
    </message>
    <message>
        <source>Post-dated cheque register</source>
        <translation>आगे की तारीख वाले चेक का रजिस्टर</translation>
    </message>
    <message>
        <source>Find a sales document / a payment</source>
        <translation>बिक्री दस्तावेज़ / भुगतान खोजें</translation>
    </message>
    <message>
        <source>Open another shop file</source>
        <translation>दूसरी दुकान फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Quit (a backup is taken on closing)</source>
        <translation>बाहर निकलें (बंद करते समय बैकअप लिया जाता है)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Work the figures out again</source>
        <translation>आँकड़े फिर से निकालें</translation>
    </message>
    <message>
        <source>Click a card or chart</source>
        <translation>कार्ड या चार्ट पर क्लिक</translation>
    </message>
    <message>
        <source>Open what is behind it</source>
        <translation>उसके पीछे का ब्योरा खोलें</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Search by code, name, phone (any form), GSTIN or city</source>
        <translation>कोड, नाम, फ़ोन (किसी भी रूप में), GSTIN या शहर से खोजें</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>नीचे (Down)</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>खोज बॉक्स से सूची में</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the customer&apos;s page</source>
        <translation>ग्राहक का पेज खोलें</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>नया ग्राहक</translation>
    </message>
    <message>
        <source>Edit the customer (on their page)</source>
        <translation>ग्राहक बदलें (उसके पेज पर)</translation>
    </message>
    <message>
        <source>Back to the list (on a customer&apos;s page)</source>
        <translation>सूची पर वापस (ग्राहक के पेज से)</translation>
    </message>
    <message>
        <source>Invoice / receipt for the customer whose page is open</source>
        <translation>जिस ग्राहक का पेज खुला है उसका इनवॉइस / रसीद</translation>
    </message>
    <message>
        <source>On a form: close (asks first if something is not saved)</source>
        <translation>फ़ॉर्म पर: बंद करें (कुछ बिना सहेजा हो तो पहले पूछता है)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Search by code, name or HSN</source>
        <translation>कोड, नाम या HSN से खोजें</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>नया सामान</translation>
    </message>
    <message>
        <source>Open the item</source>
        <translation>सामान खोलें</translation>
    </message>
    <message>
        <source>Sales (and the invoice window)</source>
        <translation>बिक्री (और इनवॉइस विंडो)</translation>
    </message>
    <message>
        <source>Search by number or customer</source>
        <translation>नंबर या ग्राहक से खोजें</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>दस्तावेज़ खोलें</translation>
    </message>
    <message>
        <source>Customer box</source>
        <translation>ग्राहक बॉक्स</translation>
    </message>
    <message>
        <source>Type 2-3 letters; Up/Down choose; Enter takes the match</source>
        <translation>2-3 अक्षर लिखें; Up/Down से चुनें; Enter मिलान लेता है</translation>
    </message>
    <message>
        <source>Item cell</source>
        <translation>सामान का खाना</translation>
    </message>
    <message>
        <source>Type a code or name; Enter takes the suggestion</source>
        <translation>कोड या नाम लिखें; Enter सुझाव लेता है</translation>
    </message>
    <message>
        <source>(HSN/SAC on a free-text line) → Qty → Rate → Disc % → Disc ₹ → GST % → next line</source>
        <translation>(खुले विवरण वाली पंक्ति पर HSN/SAC) → मात्रा → दर → छूट % → छूट ₹ → जीएसटी % → अगली पंक्ति</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>अगली पंक्ति</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>Received / points to redeem</source>
        <translation>प्राप्त / भुनाने वाले पॉइंट</translation>
    </message>
    <message>
        <source>Save the invoice</source>
        <translation>इनवॉइस सहेजें</translation>
    </message>
    <message>
        <source>Print (A4) / Save PDF</source>
        <translation>प्रिंट (A4) / PDF सहेजें</translation>
    </message>
    <message>
        <source>Payments (and the receipt window)</source>
        <translation>भुगतान (और रसीद विंडो)</translation>
    </message>
    <message>
        <source>Search by number, reference or customer</source>
        <translation>नंबर, संदर्भ या ग्राहक से खोजें</translation>
    </message>
    <message>
        <source>Open the payment</source>
        <translation>भुगतान खोलें</translation>
    </message>
    <message>
        <source>Customer / amount / mode / the open invoices</source>
        <translation>ग्राहक / रकम / तरीका / बकाया इनवॉइस</translation>
    </message>
    <message>
        <source>Pay the invoice row in full</source>
        <translation>इनवॉइस की पंक्ति पूरी चुकाएँ</translation>
    </message>
    <message>
        <source>Clear the row</source>
        <translation>पंक्ति खाली करें</translation>
    </message>
    <message>
        <source>Back to the automatic split</source>
        <translation>अपने आप बँटवारे पर वापस</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>रसीद सहेजें</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Reports, with the keyboard in the report&apos;s first box</source>
        <translation>रिपोर्ट, कीबोर्ड रिपोर्ट के पहले बॉक्स में</translation>
    </message>
    <message>
        <source>Work the report out again (Refresh)</source>
        <translation>रिपोर्ट फिर से निकालें (ताज़ा करें)</translation>
    </message>
    <message>
        <source>Double-click a row</source>
        <translation>पंक्ति पर डबल-क्लिक</translation>
    </message>
    <message>
        <source>Open its document</source>
        <translation>उसका दस्तावेज़ खोलें</translation>
    </message>
    <message>
        <source>Export / Print / Save PDF</source>
        <translation>एक्सपोर्ट / प्रिंट / PDF सहेजें</translation>
    </message>
    <message>
        <source>Always written from the books as they are now</source>
        <translation>हमेशा खातों की अभी की स्थिति से लिखा जाता है</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <source>Record type, customer, dates</source>
        <translation>रिकॉर्ड का प्रकार, ग्राहक, तारीखें</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>बदलाव छाँटें</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Write them out</source>
        <translation>उन्हें फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>खानों के बीच जाएँ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Keep the shop&apos;s settings</source>
        <translation>दुकान की सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>पैसा</translation>
    </message>
    <message>
        <source>Expense / Contra / Money accounts</source>
        <translation>खर्च / कॉन्ट्रा / पैसों के खाते</translation>
    </message>
    <message>
        <source>The first tabs: spend, move money, accounts</source>
        <translation>पहले टैब: खर्च, पैसा एक खाते से दूसरे में, खाते</translation>
    </message>
    <message>
        <source>Daily closing: Day</source>
        <translation>दैनिक क्लोज़िंग: दिन</translation>
    </message>
    <message>
        <source>The day whose cash drawer is counted</source>
        <translation>वह दिन जिसकी नकद दराज़ गिनी जा रही है</translation>
    </message>
    <message>
        <source>Note counts, Coins</source>
        <translation>नोटों की गिनती, सिक्के</translation>
    </message>
    <message>
        <source>How many of each note and the coins&apos; amount; adds up as typed</source>
        <translation>हर नोट कितने हैं और सिक्कों की रकम; लिखते-लिखते जुड़ता जाता है</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>दिन बंद करें</translation>
    </message>
    <message>
        <source>Post any short/excess with its reason and close the day</source>
        <translation>कमी/ज़्यादा हो तो उसका कारण लिखकर दर्ज करें और दिन बंद करें</translation>
    </message>
    <message>
        <source>Bank reconciliation: Import statement…</source>
        <translation>बैंक मिलान: स्टेटमेंट इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Read the bank&apos;s CSV or Excel statement</source>
        <translation>बैंक का CSV या Excel स्टेटमेंट पढ़ें</translation>
    </message>
    <message>
        <source>Mark matched as reconciled</source>
        <translation>मेल खाने वालों को मिलान हुआ दर्ज करें</translation>
    </message>
    <message>
        <source>Tick the pairs the statement and the books share</source>
        <translation>स्टेटमेंट और बही में एक जैसी जोड़ियों पर निशान लगाएँ</translation>
    </message>
    <message>
        <source>Tick selected as in the passbook</source>
        <translation>चुने हुए को पासबुक में होने का निशान लगाएँ</translation>
    </message>
    <message>
        <source>Tick the chosen entries by hand</source>
        <translation>चुनी हुई एंट्री पर हाथ से निशान लगाएँ</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>आपकी दुकान</translation>
    </message>
    <message>
        <source>Settings holds the shop&apos;s name, address, state and GSTIN: the state decides CGST+SGST or IGST on every invoice. Set the backup folder there too (a USB drive or a synced folder) and an app password if others use this computer.</source>
        <translation>सेटिंग्स में दुकान का नाम, पता, राज्य और GSTIN रहता है: राज्य से हर इनवॉइस पर CGST+SGST या IGST तय होता है। बैकअप फ़ोल्डर (USB ड्राइव या सिंक होने वाला फ़ोल्डर) भी वहीं चुनें, और अगर इस कंप्यूटर को दूसरे भी चलाते हैं तो ऐप पासवर्ड रखें।</translation>
    </message>
    <message>
        <source>Customers and items</source>
        <translation>ग्राहक और सामान</translation>
    </message>
    <message>
        <source>Ctrl+2, then Ctrl+N adds a customer (phone: a mobile, a landline with its STD code, or + and the country code). Ctrl+3, then Ctrl+N adds an item with its HSN, unit, price and GST rate. Both can be imported from Excel.</source>
        <translation>Ctrl+2, फिर Ctrl+N से ग्राहक जुड़ता है (फ़ोन: मोबाइल, STD कोड के साथ लैंडलाइन, या + और देश का कोड)। Ctrl+3, फिर Ctrl+N से सामान उसके HSN, इकाई, कीमत और जीएसटी दर के साथ जुड़ता है। दोनों Excel से इम्पोर्ट भी हो सकते हैं।</translation>
    </message>
    <message>
        <source>Your first sale</source>
        <translation>आपकी पहली बिक्री</translation>
    </message>
    <message>
        <source>Ctrl+I opens a new invoice. Type a few letters of the customer and press Enter, then each item and its quantity; Ctrl+S saves. Print with Ctrl+P. A saved invoice is never edited: cancel it or raise a credit note.</source>
        <translation>Ctrl+I से नया इनवॉइस खुलता है। ग्राहक के कुछ अक्षर लिखकर Enter दबाएँ, फिर हर सामान और उसकी मात्रा; Ctrl+S से सहेजें। Ctrl+P से प्रिंट करें। सहेजा गया इनवॉइस कभी बदला नहीं जाता: उसे रद्द करें या क्रेडिट नोट बनाएँ।</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>मिला पैसा</translation>
    </message>
    <message>
        <source>Ctrl+R opens a receipt: customer, amount, mode; the amount is spread over the oldest invoices first. Ctrl+S saves.</source>
        <translation>Ctrl+R से रसीद खुलती है: ग्राहक, रकम, तरीका; रकम पहले सबसे पुराने इनवॉइसों में लगती है। Ctrl+S से सहेजें।</translation>
    </message>
    <message>
        <source>What is owed</source>
        <translation>कितना बकाया है</translation>
    </message>
    <message>
        <source>Ctrl+6 opens the reports: statements, outstanding invoices, ageing, balances, the sales register and the accountant&apos;s pack, each with Export and PDF.</source>
        <translation>Ctrl+6 से रिपोर्ट खुलती हैं: खाता विवरण, बकाया इनवॉइस, एजिंग, बैलेंस, बिक्री रजिस्टर और अकाउंटेंट का पैक, हर एक में एक्सपोर्ट और PDF के साथ।</translation>
    </message>
    <message>
        <source>Closing the day</source>
        <translation>दिन बंद करना</translation>
    </message>
    <message>
        <source>Ctrl+9 opens Money; its Daily closing tab counts the drawer note by note and closes the day (a short or excess is posted with its reason); Bank reconciliation ticks each bank against its statement.</source>
        <translation>Ctrl+9 से पैसा खुलता है; उसका दैनिक क्लोज़िंग टैब गल्ले को नोट-दर-नोट गिनता है और दिन बंद करता है (कमी या ज़्यादती उसके कारण के साथ दर्ज होती है); बैंक मिलान हर बैंक को उसके स्टेटमेंट से मिलाता है।</translation>
    </message>
    <message>
        <source>Safe keeping</source>
        <translation>सुरक्षित रखना</translation>
    </message>
    <message>
        <source>A backup is taken on closing and on the schedule in Settings; Audit lists every change ever saved.</source>
        <translation>बंद करते समय और सेटिंग्स के समय पर बैकअप लिया जाता है; ऑडिट में अब तक सहेजा गया हर बदलाव दिखता है।</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>यह स्क्रीन</translation>
    </message>
    <message>
        <source>Keys: {screen}</source>
        <translation>कुंजियाँ: {screen}</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>हर जगह</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>शुरुआत कैसे करें</translation>
    </message>
    <message>
        <source>F1 on any screen shows its keys.</source>
        <translation>किसी भी स्क्रीन पर F1 उसकी कुंजियाँ दिखाता है।</translation>
    </message>
</context>
<context>
    <name>help_window</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>शुरुआत कैसे करें</translation>
    </message>
</context>
<context>
    <name>hsn_page</name>
    <message>
        <source>{0} to {1} · B2B {2:,} and B2C {3:,} rows · Taxable &lt;b&gt;{4}&lt;/b&gt; · GST &lt;b&gt;{5}&lt;/b&gt; (credit notes taken off)</source>
        <translation>{0} से {1} · B2B {2:,} और B2C {3:,} पंक्तियाँ · कर योग्य &lt;b&gt;{4}&lt;/b&gt; · जीएसटी &lt;b&gt;{5}&lt;/b&gt; (क्रेडिट नोट घटाकर)</translation>
    </message>
    <message>
        <source>By tab</source>
        <translation>टैब के अनुसार</translation>
    </message>
    <message>
        <source>(B2B: buyers with a GSTIN; B2C: the rest)</source>
        <translation>(B2B: GSTIN वाले खरीदार; B2C: बाकी)</translation>
    </message>
    <message>
        <source>&lt;b&gt;By tab&lt;/b&gt; (B2B: buyers with a GSTIN; B2C: the rest, exports included)</source>
        <translation>&lt;b&gt;टैब के अनुसार&lt;/b&gt; (B2B: GSTIN वाले खरीदार; B2C: बाकी, निर्यात सहित)</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source> (inactive)</source>
        <translation> (निष्क्रिय)</translation>
    </message>
    <message>
        <source>No customer matches “{text}”</source>
        <translation>“{text}” से कोई ग्राहक नहीं मिलता</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>सभी शहर</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>सक्रिय और निष्क्रिय</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>सिर्फ़ सक्रिय</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>सिर्फ़ निष्क्रिय</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
</context>
<context>
    <name>insights_page</name>
    <message>
        <source>Best customers</source>
        <translation>सबसे अच्छे ग्राहक</translation>
    </message>
    <message>
        <source>Loyal customers</source>
        <translation>वफ़ादार ग्राहक</translation>
    </message>
    <message>
        <source>Slow payers</source>
        <translation>देर से चुकाने वाले</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>निष्क्रिय ग्राहक</translation>
    </message>
    <message>
        <source>Customers by type</source>
        <translation>प्रकार के हिसाब से ग्राहक</translation>
    </message>
    <message>
        <source>Customers by category</source>
        <translation>श्रेणी के हिसाब से ग्राहक</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>हर समूह</translation>
    </message>
    <message>
        <source>of the last</source>
        <translation>पिछले इतने में से</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>{day} तक</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} से {end}</translation>
    </message>
    <message>
        <source> · double-click a group for its customers</source>
        <translation> · समूह के ग्राहक देखने के लिए उस पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>How many of the best customers (0: everyone)</source>
        <translation>सबसे अच्छे कितने ग्राहक (0: सभी)</translation>
    </message>
    <message>
        <source>Look back this many months (this one too)</source>
        <translation>इतने महीने पीछे देखें (यह महीना भी)</translation>
    </message>
    <message>
        <source>Bought in at least this many of them</source>
        <translation>इनमें से कम से कम इतने महीनों में ख़रीदा</translation>
    </message>
    <message>
        <source>Dormant: nothing bought for this many days</source>
        <translation>निष्क्रिय: इतने दिनों से कुछ नहीं ख़रीदा</translation>
    </message>
    <message>
        <source>Slow payer: average days after due date</source>
        <translation>देर से चुकाने वाला: देय तारीख़ के बाद औसत दिन</translation>
    </message>
    <message>
        <source>Keep these</source>
        <translation>इन्हें रखें</translation>
    </message>
    <message>
        <source>Use these months and days every time (for the whole shop)</source>
        <translation>हर बार यही महीने और दिन इस्तेमाल करें (पूरी दुकान के लिए)</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>याद दिलाएँ…</translation>
    </message>
    <message>
        <source>To the customers selected in the list (or everyone listed)</source>
        <translation>सूची में चुने गए ग्राहकों को (या सूची में सभी को)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>सबसे ऊपर के</translation>
    </message>
    <message>
        <source>Bought in</source>
        <translation>इतने महीनों में खरीदा</translation>
    </message>
    <message>
        <source>No purchase for (days)</source>
        <translation>इतने दिन से कोई खरीद नहीं</translation>
    </message>
    <message>
        <source>Days late on average</source>
        <translation>औसतन इतने दिन देर</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>months</source>
        <translation>महीने</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · {when} · {facts}{hint}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · {when} · {facts}{hint}</translation>
    </message>
</context>
<context>
    <name>invoice_form</name>
    <message>
        <source>Enter next field · Ctrl+Enter next line · Ctrl+Del delete line · F3 customer · F4 lines · F6 received · F7 points · Ctrl+S save</source>
        <translation>Enter अगला खाना · Ctrl+Enter अगली पंक्ति · Ctrl+Del पंक्ति हटाएँ · F3 ग्राहक · F4 पंक्तियाँ · F6 प्राप्त · F7 पॉइंट · Ctrl+S सहेजें</translation>
    </message>
    <message>
        <source>Export sale (zero-rated)</source>
        <translation>निर्यात बिक्री (शून्य दर)</translation>
    </message>
    <message>
        <source>SEZ supply with payment of IGST (untick: under LUT)</source>
        <translation>IGST के भुगतान सहित SEZ आपूर्ति (टिक हटाएँ: LUT के तहत)</translation>
    </message>
    <message>
        <source>&amp;Customer (F3)</source>
        <translation>ग्राहक (&amp;C) (F3)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Received now (F6)</source>
        <translation>अभी प्राप्त (&amp;R) (F6)</translation>
    </message>
    <message>
        <source>Printed on the invoice (optional)</source>
        <translation>इनवॉइस पर छपेगा (वैकल्पिक)</translation>
    </message>
    <message>
        <source>&amp;Save invoice  (Ctrl+S)</source>
        <translation>इनवॉइस सहेजें (&amp;S)  (Ctrl+S)</translation>
    </message>
    <message>
        <source>New sales invoice · {number}</source>
        <translation>नया बिक्री इनवॉइस · {number}</translation>
    </message>
    <message>
        <source>New bill of supply · {number}</source>
        <translation>नया आपूर्ति का बिल · {number}</translation>
    </message>
    <message>
        <source> · from order {number}</source>
        <translation> · ऑर्डर {number} से</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>देय {0}</translation>
    </message>
    <message>
        <source>of {points_balance:,} points</source>
        <translation>{points_balance:,} पॉइंट में से</translation>
    </message>
    <message>
        <source>• Add a line: type an item code or name in the grid</source>
        <translation>• एक पंक्ति जोड़ें: ग्रिड में सामान का कोड या नाम लिखें</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0} {number}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{0} {number}&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>item_form</name>
    <message>
        <source>Item {code}</source>
        <translation>सामान {code}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>नया सामान</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>सामान (&amp;I)</translation>
    </message>
    <message>
        <source>{0} (leave blank)</source>
        <translation>{0} (खाली छोड़ें)</translation>
    </message>
    <message>
        <source>An item&apos;s code never changes</source>
        <translation>सामान का कोड कभी नहीं बदलता</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>As it should appear on invoices</source>
        <translation>जैसा इनवॉइस पर दिखना चाहिए</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>नाम *</translation>
    </message>
    <message>
        <source>HSN 4/6/8 digits, or SAC 99xxxx for services</source>
        <translation>HSN 4/6/8 अंक, या सेवाओं के लिए SAC 99xxxx</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>The GST unit code returns use; the bill shows your unit</source>
        <translation>रिटर्न में इस्तेमाल होने वाला जीएसटी इकाई कोड; बिल पर आपकी इकाई छपती है</translation>
    </message>
    <message>
        <source>GST unit (UQC)</source>
        <translation>जीएसटी इकाई (UQC)</translation>
    </message>
    <message>
        <source>Sale price (₹) per unit</source>
        <translation>बिक्री मूल्य (₹) प्रति इकाई</translation>
    </message>
    <message>
        <source>The sale price includes GST (like an MRP)</source>
        <translation>बिक्री मूल्य में जीएसटी शामिल है (MRP की तरह)</translation>
    </message>
    <message>
        <source>GST on it is payable by the buyer (reverse charge)</source>
        <translation>इस पर जीएसटी खरीदार देगा (रिवर्स चार्ज)</translation>
    </message>
    <message>
        <source>GST rate</source>
        <translation>जीएसटी दर</translation>
    </message>
    <message>
        <source>Nil-rated, exempt and non-GST items carry no tax; a bill with only such items is a Bill of Supply (Rule 49)</source>
        <translation>शून्य दर, छूट वाले और गैर-जीएसटी सामान पर कर नहीं लगता; सिर्फ़ ऐसे सामान वाला बिल आपूर्ति का बिल होता है (नियम 49)</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>आपूर्ति</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>स्टॉक (&amp;S)</translation>
    </message>
    <message>
        <source>Count this item&apos;s stock (sales reduce it, returns raise it)</source>
        <translation>इस सामान का स्टॉक गिनें (बिक्री से घटता है, वापसी से बढ़ता है)</translation>
    </message>
    <message>
        <source>Warn when the stock falls to this quantity or below</source>
        <translation>स्टॉक इतनी मात्रा या इससे कम हो जाए तो चेतावनी दें</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>कम स्टॉक का स्तर</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>शुरुआती स्टॉक</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>गिना नहीं जाता</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>मौजूद स्टॉक</translation>
    </message>
    <message>
        <source>Customer-type &amp;prices</source>
        <translation>ग्राहक-प्रकार के दाम (&amp;P)</translation>
    </message>
    <message>
        <source>Leave both blank to charge the sale price. A type gets either its own price or a discount off the sale price, not both.</source>
        <translation>बिक्री मूल्य लेने के लिए दोनों खाली छोड़ें। किसी प्रकार को या तो उसका अपना दाम मिलता है या बिक्री मूल्य पर छूट, दोनों नहीं।</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>ग्राहक का प्रकार</translation>
    </message>
    <message>
        <source>Own price (₹)</source>
        <translation>अपना दाम (₹)</translation>
    </message>
    <message>
        <source>or discount %</source>
        <translation>या छूट %</translation>
    </message>
    <message>
        <source>the sale price</source>
        <translation>बिक्री मूल्य</translation>
    </message>
    <message>
        <source>a new item {0}</source>
        <translation>नया आइटम {0}</translation>
    </message>
    <message>
        <source>changes to item {0} {1}</source>
        <translation>आइटम {0} {1} में बदलाव</translation>
    </message>
</context>
<context>
    <name>item_list_page</name>
    <message>
        <source>Low stock</source>
        <translation>कम स्टॉक</translation>
    </message>
    <message>
        <source>Only items at or below their low-stock level</source>
        <translation>केवल वे सामान जो अपने कम-स्टॉक स्तर पर या उससे नीचे हैं</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>नया सामान</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>स्टॉक ठीक करें…</translation>
    </message>
    <message>
        <source>Opening stock, or a correction after counting</source>
        <translation>शुरुआती स्टॉक, या गिनती के बाद सुधार</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>निष्क्रिय करें…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Add items from an Excel file (template: items.xlsx)</source>
        <translation>Excel फ़ाइल से सामान जोड़ें (टेम्पलेट: items.xlsx)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Write every item to an Excel file</source>
        <translation>हर सामान को Excel फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>फिर से सक्रिय करें</translation>
    </message>
</context>
<context>
    <name>item_table</name>
    <message>
        <source>{price} incl. tax</source>
        <translation>{price} कर सहित</translation>
    </message>
    <message>
        <source>low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>At or below the low-stock level ({level})</source>
        <translation>कम स्टॉक की सीमा ({level}) पर या उससे नीचे</translation>
    </message>
</context>
<context>
    <name>items_screen</name>
    <message>
        <source>Deactivate item</source>
        <translation>सामान निष्क्रिय करें</translation>
    </message>
    <message>
        <source>{name} will be hidden from new invoices and kept on old ones and in reports.
Reason (optional):</source>
        <translation>{name} नए इनवॉइस से छिपा दिया जाएगा और पुराने इनवॉइस व रिपोर्टों में बना रहेगा।
कारण (वैकल्पिक):</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>बदला नहीं गया</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>Opening bill</source>
        <translation>शुरुआती बिल</translation>
    </message>
    <message>
        <source>Sale order</source>
        <translation>बिक्री ऑर्डर</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>Receipt (with invoice)</source>
        <translation>रसीद (इनवॉइस के साथ)</translation>
    </message>
    <message>
        <source>Order advance</source>
        <translation>ऑर्डर अग्रिम</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>बट्टे खाता</translation>
    </message>
    <message>
        <source>Contra</source>
        <translation>कॉन्ट्रा</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>शुरुआती जमा</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Payment out</source>
        <translation>किया गया भुगतान</translation>
    </message>
    <message>
        <source>Purchase bill</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Contra settlement</source>
        <translation>कॉन्ट्रा हिसाब</translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <translation>बिक्री इनवॉइस</translation>
    </message>
    <message>
        <source>Bill of supply</source>
        <translation>आपूर्ति का बिल</translation>
    </message>
    <message>
        <source>Invoice-cum-bill of supply</source>
        <translation>इनवॉइस-सह-आपूर्ति का बिल</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Partly invoiced</source>
        <translation>आंशिक इनवॉइस बना</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>इनवॉइस बना</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>चुकाया</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>आंशिक चुकाया</translation>
    </message>
    <message>
        <source>Pending (post-dated)</source>
        <translation>बाकी (आगे की तारीख)</translation>
    </message>
    <message>
        <source>Cheque in hand</source>
        <translation>चेक हाथ में</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>जमा किया</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>क्लियर हुआ</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>बाउंस</translation>
    </message>
    <message>
        <source>{amount} kept as advance</source>
        <translation>{amount} अग्रिम के रूप में रखा</translation>
    </message>
    <message>
        <source>{amount} kept on account</source>
        <translation>{amount} खाते में जमा रखा</translation>
    </message>
    <message>
        <source>{amount} to pay</source>
        <translation>{amount} देना है</translation>
    </message>
    <message>
        <source>{amount} paid ahead</source>
        <translation>{amount} पहले से चुकाया</translation>
    </message>
    <message>
        <source>Nil ({amount} paid ahead)</source>
        <translation>शून्य ({amount} पहले से चुकाया)</translation>
    </message>
    <message>
        <source>in {days}</source>
        <translation>{days} में</translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>{days} ago</source>
        <translation>{days} पहले</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <source>Within the state (CGST + SGST)</source>
        <translation>राज्य के भीतर (CGST + SGST)</translation>
    </message>
    <message>
        <source>Other state (IGST)</source>
        <translation>दूसरा राज्य (IGST)</translation>
    </message>
    <message>
        <source>Export (zero-rated)</source>
        <translation>निर्यात (शून्य दर)</translation>
    </message>
    <message>
        <source>Zero-rated supply to an SEZ unit, without IGST (under LUT)</source>
        <translation>SEZ इकाई को शून्य दर आपूर्ति, IGST के बिना (LUT के तहत)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>डीलर</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>थोक विक्रेता</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>वितरक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>{amount} to receive</source>
        <translation>{amount} लेना है</translation>
    </message>
    <message>
        <source>{amount} advance held</source>
        <translation>{amount} अग्रिम जमा</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>शून्य</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <source>Nil-rated (0%)</source>
        <translation>शून्य दर (0%)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>छूट प्राप्त</translation>
    </message>
    <message>
        <source>Non-GST</source>
        <translation>गैर-जीएसटी</translation>
    </message>
    <message>
        <source>1% (manufacturers and traders)</source>
        <translation>1% (निर्माता और व्यापारी)</translation>
    </message>
    <message>
        <source>5% (restaurants)</source>
        <translation>5% (रेस्टोरेंट)</translation>
    </message>
    <message>
        <source>6% (services, s.10(2A))</source>
        <translation>6% (सेवाएँ, धारा 10(2A))</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>शुरुआती</translation>
    </message>
</context>
<context>
    <name>line_grid</name>
    <message>
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Disc %</source>
        <translation>छूट %</translation>
    </message>
    <message>
        <source>Disc ₹</source>
        <translation>छूट ₹</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>जीएसटी %</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>कर</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>{code} · HSN/SAC {hsn}</source>
        <translation>{code} · HSN/SAC {hsn}</translation>
    </message>
    <message>
        <source>Line {number}: enter a quantity</source>
        <translation>पंक्ति {number}: मात्रा भरें</translation>
    </message>
    <message>
        <source>Line {number}: an HSN/SAC code is digits only, at most {digits} of them; &apos;{code}&apos; is not</source>
        <translation>पंक्ति {number}: HSN/SAC कोड में केवल अंक होते हैं, अधिकतम {digits}; &apos;{code}&apos; सही नहीं है</translation>
    </message>
    <message>
        <source>Line {number}: {words}</source>
        <translation>पंक्ति {number}: {words}</translation>
    </message>
</context>
<context>
    <name>lines_draft</name>
    <message>
        <source>an invoice for {who} ({lines})</source>
        <translation>{who} के लिए इनवॉइस ({lines})</translation>
    </message>
    <message>
        <source>an invoice ({lines})</source>
        <translation>एक इनवॉइस ({lines})</translation>
    </message>
    <message>
        <source>a sale order for {who} ({lines})</source>
        <translation>{who} के लिए बिक्री ऑर्डर ({lines})</translation>
    </message>
    <message>
        <source>a sale order ({lines})</source>
        <translation>एक बिक्री ऑर्डर ({lines})</translation>
    </message>
</context>
<context>
    <name>list_page</name>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type {min_typed} characters to search as you type, or press Enter</source>
        <translation>लिखते-लिखते खोजने के लिए {min_typed} अक्षर लिखें, या Enter दबाएँ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Search code, name, phone or GSTIN: 3 letters, or Enter  (Ctrl+F)</source>
        <translation>कोड, नाम, फ़ोन या GSTIN खोजें: 3 अक्षर, या Enter  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Search code, name or HSN/SAC…  (Ctrl+F)</source>
        <translation>कोड, नाम या HSN/SAC खोजें…  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>lock_dialog</name>
    <message>
        <source>{APP_NAME} is locked</source>
        <translation>{APP_NAME} लॉक है</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Type the app password to go on.</source>
        <translation>आगे बढ़ने के लिए ऐप का पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Wrong password. Wait {delay} seconds before trying again.</source>
        <translation>गलत पासवर्ड। दोबारा कोशिश करने से पहले {delay} सेकंड रुकें।</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>गलत पासवर्ड। दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>दोबारा कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>पैसा</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} खोल रहे हैं…</translation>
    </message>
    <message>
        <source>(shop not set up)</source>
        <translation>(दुकान सेट नहीं हुई)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open shop file…</source>
        <translation>दुकान फ़ाइल खोलें… (&amp;O)</translation>
    </message>
    <message>
        <source>New shop &amp;file…</source>
        <translation>नई दुकान फ़ाइल… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts for this screen</source>
        <translation>इस स्क्रीन के कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>शुरुआत कैसे करें (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Open shop file</source>
        <translation>दुकान फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Vyapar Lite shop (*.vyapar);;All files (*)</source>
        <translation>Vyapar Lite दुकान (*.vyapar);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>New shop file</source>
        <translation>नई दुकान फ़ाइल</translation>
    </message>
    <message>
        <source>Vyapar Lite shop (*.vyapar)</source>
        <translation>Vyapar Lite दुकान (*.vyapar)</translation>
    </message>
    <message>
        <source>{name} already holds a shop. A new shop needs a new file name; open this one with File › Open.</source>
        <translation>{name} में पहले से एक दुकान है। नई दुकान के लिए नया फ़ाइल नाम चाहिए; इसे फ़ाइल › खोलें से खोलें।</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} के बारे में</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Offline bookkeeping for your shop.&lt;br&gt;&lt;br&gt;Data file: {file}</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;आपकी दुकान का ऑफ़लाइन हिसाब-किताब।&lt;br&gt;&lt;br&gt;डेटा फ़ाइल: {file}</translation>
    </message>
    <message>
        <source>&amp;Connect to a shop server…</source>
        <translation>दुकान के सर्वर से जुड़ें… (&amp;C)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>New &amp;receipt</source>
        <translation>नई रसीद (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fund an advance…</source>
        <translation>अग्रिम वापस करें… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Payment out to a supplier…</source>
        <translation>सप्लायर को भुगतान… (&amp;P)</translation>
    </message>
    <message>
        <source>Purchase &amp;bill…</source>
        <translation>खरीद बिल… (&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;DC register…</source>
        <translation>PDC रजिस्टर… (&amp;D)</translation>
    </message>
    <message>
        <source>F&amp;ind a payment</source>
        <translation>भुगतान खोजें (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>भुगतान (&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>नया इनवॉइस (&amp;I)</translation>
    </message>
    <message>
        <source>New sale &amp;order</source>
        <translation>नया बिक्री ऑर्डर (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find a sales document</source>
        <translation>बिक्री दस्तावेज़ खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>बिक्री (&amp;S)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Enter the shop&apos;s name</source>
        <translation>दुकान का नाम लिखें</translation>
    </message>
    <message>
        <source>The shop&apos;s name can have at most {count} characters</source>
        <translation>दुकान के नाम में ज़्यादा से ज़्यादा {count} अक्षर हो सकते हैं</translation>
    </message>
    <message>
        <source>Choose the state the shop is registered in</source>
        <translation>वह राज्य चुनें जहाँ दुकान पंजीकृत है</translation>
    </message>
    <message>
        <source>Choose an Indian state or union territory from the list</source>
        <translation>सूची से कोई भारतीय राज्य या केंद्र शासित प्रदेश चुनें</translation>
    </message>
    <message>
        <source>Enter the amount spent for one point (0 = no points)</source>
        <translation>एक पॉइंट के लिए खर्च की रकम लिखें (0 = कोई पॉइंट नहीं)</translation>
    </message>
    <message>
        <source>A point&apos;s value is ₹0 (no redeeming) to ₹1,000 a point</source>
        <translation>एक पॉइंट की कीमत ₹0 (भुनाना बंद) से ₹1,000 तक होती है</translation>
    </message>
    <message>
        <source>A customer code has 1-20 letters, digits, &apos;-&apos;, &apos;/&apos; or &apos;_&apos; (e.g. C0001)</source>
        <translation>ग्राहक कोड में 1-20 अक्षर, अंक, &apos;-&apos;, &apos;/&apos; या &apos;_&apos; होते हैं (जैसे C0001)</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation>ग्राहक का नाम भरें</translation>
    </message>
    <message>
        <source>At most {limit} characters</source>
        <translation>अधिकतम {limit} अक्षर</translation>
    </message>
    <message>
        <source>Choose Phone, SMS, WhatsApp or Email</source>
        <translation>फ़ोन, SMS, WhatsApp या ईमेल चुनें</translation>
    </message>
    <message>
        <source>Choose General, Dealer, Wholesaler or Distributor</source>
        <translation>सामान्य, डीलर, थोक व्यापारी या वितरक चुनें</translation>
    </message>
    <message>
        <source>Choose a state from the list</source>
        <translation>सूची से राज्य चुनें</translation>
    </message>
    <message>
        <source>An SEZ unit is registered for GST: enter its GSTIN</source>
        <translation>SEZ इकाई जीएसटी में पंजीकृत होती है: उसका GSTIN भरें</translation>
    </message>
    <message>
        <source>A composition dealer is registered for GST: enter its GSTIN</source>
        <translation>कंपोज़िशन डीलर जीएसटी में पंजीकृत होता है: उसका GSTIN भरें</translation>
    </message>
    <message>
        <source>A country is for a buyer outside India (state {foreign})</source>
        <translation>देश भारत के बाहर के खरीदार के लिए है (राज्य {foreign})</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative</source>
        <translation>उधार सीमा ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>Payment terms are 0 to {max_terms_days} days</source>
        <translation>भुगतान की अवधि 0 से {max_terms_days} दिन होती है</translation>
    </message>
    <message>
        <source>The CASH customer is for walk-in sales paid in full: no credit</source>
        <translation>CASH ग्राहक पूरे भुगतान वाली फुटकर बिक्री के लिए है: कोई उधार नहीं</translation>
    </message>
    <message>
        <source>GSTIN {gstin} is registered in {state} ({registered}); a customer with a GSTIN is not outside India</source>
        <translation>GSTIN {gstin} {state} ({registered}) में पंजीकृत है; GSTIN वाला ग्राहक भारत के बाहर का नहीं होता</translation>
    </message>
    <message>
        <source>The opening balance cannot be negative</source>
        <translation>शुरुआती बैलेंस ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <source>Choose Receivable (they owe you) or Advance</source>
        <translation>लेना बाकी (वे आपके देनदार हैं) या अग्रिम चुनें</translation>
    </message>
    <message>
        <source>Enter the date of the opening balance</source>
        <translation>शुरुआती बैलेंस की तारीख भरें</translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>कम से कम एक पंक्ति जोड़ें</translation>
    </message>
    <message>
        <source>An invoice can have at most {max_lines} lines</source>
        <translation>एक इनवॉइस में अधिकतम {max_lines} पंक्तियाँ हो सकती हैं</translation>
    </message>
    <message>
        <source>Line {number}: choose an item or describe it</source>
        <translation>पंक्ति {number}: सामान चुनें या उसका विवरण लिखें</translation>
    </message>
    <message>
        <source>Line {number}: the quantity must be more than 0</source>
        <translation>पंक्ति {number}: मात्रा 0 से अधिक होनी चाहिए</translation>
    </message>
    <message>
        <source>Line {number}: the rate cannot be negative</source>
        <translation>पंक्ति {number}: दर ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>Line {number}: choose a GST rate from the shop&apos;s list</source>
        <translation>पंक्ति {number}: दुकान की सूची से जीएसटी दर चुनें</translation>
    </message>
    <message>
        <source>Line {number}: a discount is 0% to 100%</source>
        <translation>पंक्ति {number}: छूट 0% से 100% तक होती है</translation>
    </message>
    <message>
        <source>Line {number}: give the discount as a percentage or an amount, not both</source>
        <translation>पंक्ति {number}: छूट प्रतिशत में या रकम में दें, दोनों नहीं</translation>
    </message>
    <message>
        <source>Line {number}: quantity × rate with tax comes to more than {max_paise}, the most one bill can hold: check the quantity and the rate</source>
        <translation>पंक्ति {number}: मात्रा × दर कर सहित {max_paise} से अधिक होती है, जो एक बिल की सबसे बड़ी रकम है: मात्रा और दर जाँचें</translation>
    </message>
    <message>
        <source>Line {number}: the discount cannot be more than the line&apos;s value {gross}</source>
        <translation>पंक्ति {number}: छूट पंक्ति के मूल्य {gross} से अधिक नहीं हो सकती</translation>
    </message>
    <message>
        <source>The bill&apos;s total would be more than {max_paise}, the most one bill can hold: split it into two bills</source>
        <translation>बिल का कुल {max_paise} से अधिक होगा, जो एक बिल की सबसे बड़ी रकम है: इसे दो बिलों में बाँटें</translation>
    </message>
    <message>
        <source>The amount received cannot be negative</source>
        <translation>प्राप्त रकम ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>More than the invoice total {grand_total} was entered as received; take the rest as a separate receipt (an advance)</source>
        <translation>इनवॉइस के कुल {grand_total} से अधिक रकम प्राप्त के रूप में भरी गई; बाकी को अलग रसीद (अग्रिम) के रूप में लें</translation>
    </message>
    <message>
        <source>A walk-in (CASH) sale must be paid in full: {grand_total}</source>
        <translation>फुटकर (CASH) बिक्री का पूरा भुगतान ज़रूरी है: {grand_total}</translation>
    </message>
    <message>
        <source>Points to redeem cannot be negative</source>
        <translation>भुनाने वाले पॉइंट ऋणात्मक नहीं हो सकते</translation>
    </message>
    <message>
        <source>The customer has {balance:,} points; {points:,} cannot be redeemed</source>
        <translation>ग्राहक के पास {balance:,} पॉइंट हैं; {points:,} नहीं भुनाए जा सकते</translation>
    </message>
    <message>
        <source>{points:,} points are worth {value}, more than the bill {limit}</source>
        <translation>{points:,} पॉइंट का मूल्य {value} है, जो बिल {limit} से अधिक है</translation>
    </message>
    <message>
        <source>At most {value} can still be returned</source>
        <translation>अब अधिकतम {value} ही लौटाया जा सकता है</translation>
    </message>
    <message>
        <source>Enter the amount of the price correction</source>
        <translation>कीमत सुधार की रकम भरें</translation>
    </message>
    <message>
        <source>Enter the amount: the opening balance&apos;s type or date is filled in, so a blank amount would be taken as 0</source>
        <translation>रकम लिखें: शुरुआती बैलेंस का प्रकार या तारीख भरी है, इसलिए खाली रकम 0 मानी जाएगी</translation>
    </message>
    <message>
        <source>CASH is the walk-in customer&apos;s code</source>
        <translation>CASH फुटकर ग्राहक का कोड है</translation>
    </message>
    <message>
        <source>Code {code} is already used</source>
        <translation>कोड {code} पहले से इस्तेमाल में है</translation>
    </message>
    <message>
        <source>A customer&apos;s code cannot be changed</source>
        <translation>ग्राहक का कोड बदला नहीं जा सकता</translation>
    </message>
    <message>
        <source>The CASH customer is needed for walk-in sales and stays active</source>
        <translation>फुटकर बिक्री के लिए CASH ग्राहक ज़रूरी है और सक्रिय रहता है</translation>
    </message>
    <message>
        <source>The CASH customer has no opening balance</source>
        <translation>CASH ग्राहक का कोई शुरुआती बैलेंस नहीं होता</translation>
    </message>
    <message>
        <source>There is no customer with code {code}</source>
        <translation>कोड {code} वाला कोई ग्राहक नहीं है</translation>
    </message>
    <message>
        <source>{number} is {origin}; its allocation is fixed</source>
        <translation>{number} {origin} है; इसका बँटवारा तय है</translation>
    </message>
    <message>
        <source>Receipt {number} is {status}</source>
        <translation>रसीद {number} {status} है</translation>
    </message>
    <message>
        <source>{number} is {origin}; cancel that instead</source>
        <translation>{number} {origin} है; उसकी जगह उसे रद्द करें</translation>
    </message>
    <message>
        <source>Say why the amount is written off</source>
        <translation>बताएँ कि रकम बट्टे खाते में क्यों डाली गई</translation>
    </message>
    <message>
        <source>{number} has only {owed} outstanding</source>
        <translation>{number} पर केवल {owed} बकाया है</translation>
    </message>
    <message>
        <source>{number} is another customer&apos;s document</source>
        <translation>{number} किसी दूसरे ग्राहक का दस्तावेज़ है</translation>
    </message>
    <message>
        <source>{name} has only {advance} advance</source>
        <translation>{name} के पास केवल {advance} अग्रिम है</translation>
    </message>
    <message>
        <source>A refund paid back part of {number}&apos;s advance; cancel the refund first</source>
        <translation>{number} के अग्रिम का कुछ भाग वापस किया जा चुका है; पहले वह वापसी रद्द करें</translation>
    </message>
    <message>
        <source>{number} is not a posted invoice or debit note</source>
        <translation>{number} दर्ज इनवॉइस या डेबिट नोट नहीं है</translation>
    </message>
    <message>
        <source>Choose the customer who pays (a walk-in has no account)</source>
        <translation>भुगतान करने वाला ग्राहक चुनें (फुटकर ग्राहक का खाता नहीं होता)</translation>
    </message>
    <message>
        <source>Enter the cheque&apos;s number, bank and date</source>
        <translation>चेक का नंबर, बैंक और तारीख भरें</translation>
    </message>
    <message>
        <source>A walk-in (CASH) has nothing to refund</source>
        <translation>काउंटर ग्राहक (CASH) को लौटाने के लिए कुछ नहीं है</translation>
    </message>
    <message>
        <source>{name} has only {amount} to refund (advance {advance}, credit notes {notes_balance})</source>
        <translation>{name} को लौटाने के लिए सिर्फ़ {amount} है (अग्रिम {advance}, क्रेडिट नोट {notes_balance})</translation>
    </message>
    <message>
        <source>{number} is not a posted payment to a supplier</source>
        <translation>{number} सप्लायर को किया गया दर्ज भुगतान नहीं है</translation>
    </message>
    <message>
        <source>There is no payment {number}</source>
        <translation>{number} नाम का कोई भुगतान नहीं है</translation>
    </message>
    <message>
        <source>Enter the number of the cheque you give</source>
        <translation>जो चेक आप दे रहे हैं उसका नंबर लिखें</translation>
    </message>
    <message>
        <source>Enter the bank the cheque is drawn on</source>
        <translation>चेक किस बैंक का है, लिखें</translation>
    </message>
    <message>
        <source>Cheque details are only for a payment by cheque</source>
        <translation>चेक का विवरण केवल चेक से भुगतान के लिए है</translation>
    </message>
    <message>
        <source>Notes can have at most {max_notes} characters</source>
        <translation>टिप्पणी में अधिकतम {max_notes} अक्षर हो सकते हैं</translation>
    </message>
    <message>
        <source>{number} is not an open document</source>
        <translation>{number} खुला दस्तावेज़ नहीं है</translation>
    </message>
    <message>
        <source>{number} has only {left} left to write off after this receipt</source>
        <translation>इस रसीद के बाद {number} पर बट्टे खाते के लिए केवल {left} बचता है</translation>
    </message>
    <message>
        <source>Keep the reason for overriding the credit limit under {max_override_reason} characters</source>
        <translation>उधार सीमा पार करने का कारण {max_override_reason} अक्षरों से कम रखें</translation>
    </message>
    <message>
        <source>A walk-in (CASH) sale has no points to redeem</source>
        <translation>फुटकर (CASH) बिक्री पर भुनाने को पॉइंट नहीं होते</translation>
    </message>
    <message>
        <source>Redeeming points is switched off in Settings</source>
        <translation>सेटिंग्स में पॉइंट भुनाना बंद है</translation>
    </message>
    <message>
        <source>Keep the delivery address under {max_notes} characters</source>
        <translation>डिलीवरी का पता {max_notes} अक्षरों से कम रखें</translation>
    </message>
    <message>
        <source>Give the third party&apos;s address the goods go to</source>
        <translation>उस तीसरे पक्ष का पता दें जहाँ सामान जाएगा</translation>
    </message>
    <message>
        <source>Changed at {counter} at {when} since you opened it: {changes}. Reload it?</source>
        <translation>आपके खोलने के बाद {counter} पर {when} बजे बदला गया: {changes}। फिर से लोड करें?</translation>
    </message>
    <message>
        <source>Changed at {counter} at {when} since you opened it. Reload it?</source>
        <translation>आपके खोलने के बाद {counter} पर {when} बजे बदला गया। फिर से लोड करें?</translation>
    </message>
    <message>
        <source>Changed at {when} since you opened it: {changes}. Reload it?</source>
        <translation>आपके खोलने के बाद {when} पर बदला गया: {changes}। फिर से लोड करें?</translation>
    </message>
    <message>
        <source>Changed at {when} since you opened it. Reload it?</source>
        <translation>आपके खोलने के बाद {when} पर बदला गया। फिर से लोड करें?</translation>
    </message>
    <message>
        <source>Changed since you opened it. Reload it?</source>
        <translation>आपके खोलने के बाद बदला गया। फिर से लोड करें?</translation>
    </message>
    <message>
        <source>{count} customer</source>
        <translation>{count} ग्राहक</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} ग्राहक</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} सामान</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} सामान</translation>
    </message>
    <message>
        <source>{count} invoice</source>
        <translation>{count} इनवॉइस</translation>
    </message>
    <message>
        <source>{count} invoices</source>
        <translation>{count} इनवॉइस</translation>
    </message>
    <message>
        <source>{count} document</source>
        <translation>{count} दस्तावेज़</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} दस्तावेज़</translation>
    </message>
    <message>
        <source>{count} line</source>
        <translation>{count} लाइन</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} लाइनें</translation>
    </message>
    <message>
        <source>{count} change</source>
        <translation>{count} बदलाव</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} बदलाव</translation>
    </message>
    <message>
        <source>{count} group</source>
        <translation>{count} समूह</translation>
    </message>
    <message>
        <source>{count} groups</source>
        <translation>{count} समूह</translation>
    </message>
    <message>
        <source>{count} expense</source>
        <translation>{count} खर्च</translation>
    </message>
    <message>
        <source>{count} expenses</source>
        <translation>{count} खर्च</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} पंक्ति</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} पंक्तियाँ</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} प्रविष्टि</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>{count} movement</source>
        <translation>{count} लेन-देन</translation>
    </message>
    <message>
        <source>{count} movements</source>
        <translation>{count} लेन-देन</translation>
    </message>
    <message>
        <source>{count} ledger entry</source>
        <translation>{count} खाता प्रविष्टि</translation>
    </message>
    <message>
        <source>{count} ledger entries</source>
        <translation>{count} खाता प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>{count} category</source>
        <translation>{count} श्रेणी</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>{count} श्रेणियाँ</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} दिन</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} दिन</translation>
    </message>
    <message>
        <source>{count} match</source>
        <translation>{count} मेल</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} मेल</translation>
    </message>
    <message>
        <source>The statement has more than {MAX_LINES:,} transactions; import a shorter period</source>
        <translation>स्टेटमेंट में {MAX_LINES:,} से ज़्यादा लेन-देन हैं; छोटी अवधि का स्टेटमेंट लाएँ</translation>
    </message>
    <message>
        <source>The statement has a header in row {header_row} but no transactions under it</source>
        <translation>स्टेटमेंट की पंक्ति {header_row} में शीर्षक है पर उसके नीचे कोई लेन-देन नहीं</translation>
    </message>
    <message>
        <source>row {number}, {column}: {message}</source>
        <translation>पंक्ति {number}, {column}: {message}</translation>
    </message>
    <message>
        <source>There is no ₹{value} note</source>
        <translation>₹{value} का कोई नोट नहीं होता</translation>
    </message>
    <message>
        <source>Enter how many ₹{value} notes, from 0 to {MAX_NOTES_OF_A_KIND:,}</source>
        <translation>₹{value} के कितने नोट हैं, 0 से {MAX_NOTES_OF_A_KIND:,} तक लिखें</translation>
    </message>
    <message>
        <source>Enter the coins as an amount of 0 or more</source>
        <translation>सिक्कों की रकम 0 या उससे ज़्यादा लिखें</translation>
    </message>
    <message>
        <source>The count is too large to be cash</source>
        <translation>गिनती नकद के लिए बहुत बड़ी है</translation>
    </message>
    <message>
        <source>The {prefix}/{year} series is full: number {number:,} would be longer than {MAX_LENGTH} characters (Rule 46(b)). Choose a shorter prefix in Settings › Sales.</source>
        <translation>{prefix}/{year} सीरीज़ भर गई है: नंबर {number:,} {MAX_LENGTH} अक्षरों से लंबा हो जाएगा (नियम 46(b))। सेटिंग्स › बिक्री में छोटा प्रीफ़िक्स चुनें।</translation>
    </message>
    <message>
        <source>Enter a prefix, for example INV</source>
        <translation>प्रीफ़िक्स लिखें, जैसे INV</translation>
    </message>
    <message>
        <source>A prefix can have only letters, digits, &apos;-&apos; and &apos;/&apos;, starting with a letter or digit: {prefix!r} cannot be used</source>
        <translation>प्रीफ़िक्स में सिर्फ़ अक्षर, अंक, &apos;-&apos; और &apos;/&apos; हो सकते हैं, और वह अक्षर या अंक से शुरू हो: {prefix!r} नहीं चल सकता</translation>
    </message>
    <message>
        <source>The prefix {prefix} is too long: the year&apos;s longest number {longest} would have {length} characters, and the law allows {MAX_LENGTH} (Rule 46(b)). Use at most {MAX_PREFIX} characters.</source>
        <translation>प्रीफ़िक्स {prefix} बहुत लंबा है: साल के सबसे लंबे नंबर {longest} में {length} अक्षर होंगे, और कानून {MAX_LENGTH} तक की अनुमति देता है (नियम 46(b))। ज़्यादा से ज़्यादा {MAX_PREFIX} अक्षर रखें।</translation>
    </message>
    <message>
        <source>Enter an amount more than ₹0</source>
        <translation>₹0 से ज़्यादा रकम लिखें</translation>
    </message>
    <message>
        <source>An amount can be at most {MAX_PAISE}</source>
        <translation>रकम ज़्यादा से ज़्यादा {MAX_PAISE} हो सकती है</translation>
    </message>
    <message>
        <source>The date can be at most {last:%d-%m-%Y} ({future_days} days ahead)</source>
        <translation>तारीख ज़्यादा से ज़्यादा {last:%d-%m-%Y} हो सकती है ({future_days} दिन आगे)</translation>
    </message>
    <message>
        <source>{rate_bp} is not a GST rate: {allowed}</source>
        <translation>{rate_bp} जीएसटी दर नहीं है: {allowed}</translation>
    </message>
    <message>
        <source>{rate_bp} is given twice; add them up</source>
        <translation>{rate_bp} दो बार दिया गया है; दोनों को जोड़ दें</translation>
    </message>
    <message>
        <source>Taxable value and tax cannot be negative</source>
        <translation>कर योग्य मूल्य और कर ऋणात्मक नहीं हो सकते</translation>
    </message>
    <message>
        <source>Enter the taxable value</source>
        <translation>कर योग्य मूल्य लिखें</translation>
    </message>
    <message>
        <source>A bill charges either CGST + SGST or IGST, not both</source>
        <translation>बिल पर या तो CGST + SGST लगता है या IGST, दोनों नहीं</translation>
    </message>
    <message>
        <source>IGST at {rate_bp} on {taxable} is {expected}</source>
        <translation>{taxable} पर {rate_bp} की दर से IGST {expected} है</translation>
    </message>
    <message>
        <source>CGST and SGST at {rate_bp} on {taxable} are {each} each</source>
        <translation>{taxable} पर {rate_bp} की दर से CGST और SGST {each}-{each} हैं</translation>
    </message>
    <message>
        <source>The bill&apos;s total is {total}; the amount paid should be that</source>
        <translation>बिल का कुल {total} है; चुकाई गई रकम इतनी ही होनी चाहिए</translation>
    </message>
    <message>
        <source>An item code has 1-30 letters, digits, &apos;-&apos;, &apos;/&apos;, &apos;.&apos; or &apos;_&apos; (e.g. I0001)</source>
        <translation>सामान के कोड में 1-30 अक्षर, अंक, &apos;-&apos;, &apos;/&apos;, &apos;.&apos; या &apos;_&apos; होते हैं (जैसे I0001)</translation>
    </message>
    <message>
        <source>An HSN/SAC code has only digits</source>
        <translation>HSN/SAC कोड में सिर्फ़ अंक होते हैं</translation>
    </message>
    <message>
        <source>A SAC (services) code has 6 digits starting 99, e.g. 998714</source>
        <translation>SAC (सेवा) कोड में 99 से शुरू होने वाले 6 अंक होते हैं, जैसे 998714</translation>
    </message>
    <message>
        <source>An HSN code has 4, 6 or 8 digits, e.g. 1006 or 10063020</source>
        <translation>HSN कोड में 4, 6 या 8 अंक होते हैं, जैसे 1006 या 10063020</translation>
    </message>
    <message>
        <source>Choose a unit (pcs, kg, box …)</source>
        <translation>इकाई चुनें (pcs, kg, box …)</translation>
    </message>
    <message>
        <source>A unit is 1-10 letters (pcs, kg, box, or your own)</source>
        <translation>इकाई 1-10 अक्षरों की होती है (pcs, kg, box, या आपकी अपनी)</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name</source>
        <translation>सामान का नाम लिखें</translation>
    </message>
    <message>
        <source>At most {MAX_NAME} characters</source>
        <translation>ज़्यादा से ज़्यादा {MAX_NAME} अक्षर</translation>
    </message>
    <message>
        <source>The sale price cannot be negative</source>
        <translation>बिक्री मूल्य ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <source>A GST rate is 0% to 100%</source>
        <translation>जीएसटी दर 0% से 100% तक होती है</translation>
    </message>
    <message>
        <source>Choose taxable, nil-rated, exempt or non-GST</source>
        <translation>कर योग्य, शून्य दर, छूट प्राप्त या गैर-जीएसटी चुनें</translation>
    </message>
    <message>
        <source>A nil-rated (0%) item carries no GST: set its GST rate to 0%</source>
        <translation>शून्य दर (0%) वाले सामान पर जीएसटी नहीं लगता: इसकी जीएसटी दर 0% रखें</translation>
    </message>
    <message>
        <source>An exempt item carries no GST: set its GST rate to 0%</source>
        <translation>छूट प्राप्त सामान पर जीएसटी नहीं लगता: इसकी जीएसटी दर 0% रखें</translation>
    </message>
    <message>
        <source>A non-gst item carries no GST: set its GST rate to 0%</source>
        <translation>गैर-जीएसटी सामान पर जीएसटी नहीं लगता: इसकी जीएसटी दर 0% रखें</translation>
    </message>
    <message>
        <source>The low-stock level cannot be negative</source>
        <translation>कम स्टॉक का स्तर ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <source>Track this item&apos;s stock to use a low-stock level</source>
        <translation>कम स्टॉक का स्तर रखने के लिए इस सामान का स्टॉक गिनें</translation>
    </message>
    <message>
        <source>{customer_type} is not a customer type</source>
        <translation>{customer_type} ग्राहक का कोई प्रकार नहीं है</translation>
    </message>
    <message>
        <source>General customers pay the sale price; give them a discount instead</source>
        <translation>सामान्य ग्राहक बिक्री मूल्य देते हैं; उनके लिए छूट रखें</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>दाम ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <source>A discount is 0% to 100%</source>
        <translation>छूट 0% से 100% तक होती है</translation>
    </message>
    <message>
        <source>Give {customer_type} either its own price or a discount, not both</source>
        <translation>{customer_type} के लिए या तो अपना दाम रखें या छूट, दोनों नहीं</translation>
    </message>
    <message>
        <source>Enter a quantity as a number</source>
        <translation>मात्रा अंकों में लिखें</translation>
    </message>
    <message>
        <source>A quantity can have at most 3 digits after the decimal point</source>
        <translation>मात्रा में दशमलव के बाद ज़्यादा से ज़्यादा 3 अंक हो सकते हैं</translation>
    </message>
    <message>
        <source>The quantity is too large</source>
        <translation>मात्रा बहुत बड़ी है</translation>
    </message>
    <message>
        <source>Enter a quantity</source>
        <translation>मात्रा लिखें</translation>
    </message>
    <message>
        <source>A quantity has only digits and one decimal point, e.g. 1.5</source>
        <translation>मात्रा में सिर्फ़ अंक और एक दशमलव बिंदु होता है, जैसे 1.5</translation>
    </message>
    <message>
        <source>The quantity cannot be negative</source>
        <translation>मात्रा ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>The quantity must be more than 0</source>
        <translation>मात्रा 0 से ज़्यादा होनी चाहिए</translation>
    </message>
    <message>
        <source>Enter a percentage, e.g. 18</source>
        <translation>प्रतिशत लिखें, जैसे 18</translation>
    </message>
    <message>
        <source>Enter a percentage as a number, e.g. 18 or 0.25</source>
        <translation>प्रतिशत अंकों में लिखें, जैसे 18 या 0.25</translation>
    </message>
    <message>
        <source>Enter a percentage as a number</source>
        <translation>प्रतिशत अंकों में लिखें</translation>
    </message>
    <message>
        <source>A percentage can have at most 2 digits after the decimal point</source>
        <translation>प्रतिशत में दशमलव के बाद ज़्यादा से ज़्यादा 2 अंक हो सकते हैं</translation>
    </message>
    <message>
        <source>A percentage is 0 to 100</source>
        <translation>प्रतिशत 0 से 100 तक होता है</translation>
    </message>
    <message>
        <source>Enter the GST rate in percent (0 for exempt goods)</source>
        <translation>जीएसटी दर प्रतिशत में लिखें (छूट वाले सामान के लिए 0)</translation>
    </message>
    <message>
        <source>Set Track stock to Yes to give an opening stock</source>
        <translation>शुरुआती स्टॉक देने के लिए Track stock को Yes करें</translation>
    </message>
    <message>
        <source>Enter a quantity, for example 12 or 1.5</source>
        <translation>मात्रा लिखें, जैसे 12 या 1.5</translation>
    </message>
    <message>
        <source>Enter a percentage, for example 18</source>
        <translation>प्रतिशत लिखें, जैसे 18</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a supply type: Taxable, Nil-rated, Exempt or Non-GST</source>
        <translation>&apos;{text}&apos; आपूर्ति का प्रकार नहीं है: Taxable, Nil-rated, Exempt या Non-GST</translation>
    </message>
    <message>
        <source>Cannot read this cell ({name}); type it as text</source>
        <translation>यह खाना ({name}) पढ़ा नहीं जा सका; इसे टेक्स्ट की तरह लिखें</translation>
    </message>
    <message>
        <source>Enter an amount in rupees, for example 1500.50</source>
        <translation>रकम रुपयों में लिखें, जैसे 1500.50</translation>
    </message>
    <message>
        <source>Enter Yes or No (or Y/N, TRUE/FALSE); &apos;{value}&apos; is neither</source>
        <translation>Yes या No लिखें (या Y/N, TRUE/FALSE); &apos;{value}&apos; इनमें से कोई नहीं</translation>
    </message>
    <message>
        <source>Enter a whole number; &apos;{value}&apos; is not one</source>
        <translation>पूरी संख्या लिखें; &apos;{value}&apos; पूरी संख्या नहीं है</translation>
    </message>
    <message>
        <source>Enter the date as {DATE_FORMAT_HINT}; &apos;{text}&apos; is not one</source>
        <translation>तारीख {DATE_FORMAT_HINT} की तरह लिखें; &apos;{text}&apos; ऐसी नहीं है</translation>
    </message>
    <message>
        <source>{text} is not a real date</source>
        <translation>{text} कोई असली तारीख नहीं है</translation>
    </message>
    <message>
        <source>Enter the date as {DATE_FORMAT_HINT}</source>
        <translation>तारीख {DATE_FORMAT_HINT} की तरह लिखें</translation>
    </message>
    <message>
        <source>The column &apos;{header}&apos; appears twice (columns {column_letter} and {index})</source>
        <translation>कॉलम &apos;{header}&apos; दो बार है (कॉलम {column_letter} और {index})</translation>
    </message>
    <message>
        <source>Column {index}&apos;s header &apos;{text}&apos; is not one of the template&apos;s columns{also}</source>
        <translation>कॉलम {index} का शीर्षक &apos;{text}&apos; टेम्पलेट के कॉलमों में से नहीं है{also}</translation>
    </message>
    <message>
        <source>The column &apos;{header}&apos; is missing from row 1 (the headers)</source>
        <translation>कॉलम &apos;{header}&apos; पंक्ति 1 (शीर्षकों) में नहीं है</translation>
    </message>
    <message>
        <source>{message}; start from the template</source>
        <translation>{message}; टेम्पलेट से शुरू करें</translation>
    </message>
    <message>
        <source>There are no {noun} below the header row</source>
        <translation>शीर्षक वाली पंक्ति के नीचे कोई {noun} नहीं</translation>
    </message>
    <message>
        <source>{text} is also on row {first}</source>
        <translation>{text} पंक्ति {first} पर भी है</translation>
    </message>
    <message>
        <source>Say why the {what} is cancelled</source>
        <translation>{what} रद्द करने का कारण बताएँ</translation>
    </message>
    <message>
        <source>{number} is already {status}</source>
        <translation>{number} पहले से {status} है</translation>
    </message>
    <message>
        <source>{name} is not a bank account: choose a bank</source>
        <translation>{name} बैंक खाता नहीं है: कोई बैंक चुनें</translation>
    </message>
    <message>
        <source>Entries {missing} are not movements of this bank account</source>
        <translation>प्रविष्टियाँ {missing} इस बैंक खाते के लेन-देन नहीं हैं</translation>
    </message>
    <message>
        <source>Cheque {number} is already deposited</source>
        <translation>चेक {number} पहले ही जमा हो चुका है</translation>
    </message>
    <message>
        <source>It was deposited on {deposited_on:%d-%m-%Y}; clear it later</source>
        <translation>यह {deposited_on:%d-%m-%Y} को जमा हुआ था; इसे बाद में क्लियर करें</translation>
    </message>
    <message>
        <source>Say why the cheque bounced (e.g. insufficient funds)</source>
        <translation>चेक बाउंस होने का कारण बताएँ (जैसे खाते में पैसे कम)</translation>
    </message>
    <message>
        <source>The cheque was received on {receipt_date:%d-%m-%Y}</source>
        <translation>चेक {receipt_date:%d-%m-%Y} को मिला था</translation>
    </message>
    <message>
        <source>Deposit a cheque into a bank account</source>
        <translation>चेक किसी बैंक खाते में जमा करें</translation>
    </message>
    <message>
        <source>{number} was not paid by cheque</source>
        <translation>{number} का भुगतान चेक से नहीं हुआ था</translation>
    </message>
    <message>
        <source>Cheque receipt {number} is {status}</source>
        <translation>चेक रसीद {number} {status} है</translation>
    </message>
    <message>
        <source>Cheque {number} is already cleared</source>
        <translation>चेक {number} पहले ही क्लियर हो चुका है</translation>
    </message>
    <message>
        <source>The cheque is dated {cheque_date:%d-%m-%Y}; it can be {what} on or after that day</source>
        <translation>चेक पर तारीख {cheque_date:%d-%m-%Y} है; इसे उस दिन या उसके बाद ही {what} किया जा सकता है</translation>
    </message>
    <message>
        <source>The books are closed up to {closed:%d-%m-%Y}: {name} dated {on:%d-%m-%Y} cannot be {doing}. Reopen the period in Settings if it must change.</source>
        <translation>खाते {closed:%d-%m-%Y} तक बंद हैं: {on:%d-%m-%Y} की तारीख वाला {name} अब {doing} नहीं हो सकता। बदलना ज़रूरी हो तो सेटिंग्स में वह अवधि फिर खोलें।</translation>
    </message>
    <message>
        <source>{account} is closed up to {closed:%d-%m-%Y} (the cash was counted at the daily closing): a cash document dated {on:%d-%m-%Y} needs the owner&apos;s password.</source>
        <translation>{account} {closed:%d-%m-%Y} तक बंद है (दिन के अंत में नकद गिना जा चुका है): {on:%d-%m-%Y} की तारीख वाले नकद दस्तावेज़ के लिए मालिक का पासवर्ड चाहिए।</translation>
    </message>
    <message>
        <source>The owner&apos;s password is not right</source>
        <translation>मालिक का पासवर्ड सही नहीं है</translation>
    </message>
    <message>
        <source>Notes can have at most {MAX_NOTES} characters</source>
        <translation>टिप्पणी में ज़्यादा से ज़्यादा {MAX_NOTES} अक्षर हो सकते हैं</translation>
    </message>
    <message>
        <source>There is no contra settlement {number}</source>
        <translation>{number} नाम का कोई आपसी हिसाब (कॉन्ट्रा) नहीं है</translation>
    </message>
    <message>
        <source>Nothing to set off: {name} owes {amount} and the shop owes them {owed}</source>
        <translation>आपस में घटाने को कुछ नहीं: {name} पर {amount} बकाया है और दुकान पर उनका {owed}</translation>
    </message>
    <message>
        <source>Set off from ₹0.01 up to {most}</source>
        <translation>₹0.01 से {most} तक आपस में घटाएँ</translation>
    </message>
    <message>
        <source>Choose the account the money leaves</source>
        <translation>वह खाता चुनें जिससे पैसा निकलता है</translation>
    </message>
    <message>
        <source>Choose the account the money reaches</source>
        <translation>वह खाता चुनें जिसमें पैसा पहुँचता है</translation>
    </message>
    <message>
        <source>Money moves between two different accounts</source>
        <translation>पैसा दो अलग-अलग खातों के बीच जाता है</translation>
    </message>
    <message>
        <source>At most 200 characters</source>
        <translation>ज़्यादा से ज़्यादा 200 अक्षर</translation>
    </message>
    <message>
        <source>There is no contra voucher {number}</source>
        <translation>{number} नाम का कोई कॉन्ट्रा वाउचर नहीं है</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>शुरुआती बैलेंस</translation>
    </message>
    <message>
        <source>Received from customers</source>
        <translation>ग्राहकों से मिला</translation>
    </message>
    <message>
        <source>Cheques cleared</source>
        <translation>क्लियर हुए चेक</translation>
    </message>
    <message>
        <source>Refunds paid</source>
        <translation>लौटाई गई रकम</translation>
    </message>
    <message>
        <source>Paid to suppliers</source>
        <translation>सप्लायरों को दिया</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>खर्च</translation>
    </message>
    <message>
        <source>Moved between accounts</source>
        <translation>खातों के बीच भेजा</translation>
    </message>
    <message>
        <source>Cancelled documents</source>
        <translation>रद्द दस्तावेज़</translation>
    </message>
    <message>
        <source>Cheques bounced</source>
        <translation>बाउंस हुए चेक</translation>
    </message>
    <message>
        <source>Cash short at closing</source>
        <translation>क्लोज़िंग पर नकद कम</translation>
    </message>
    <message>
        <source>Cash excess at closing</source>
        <translation>क्लोज़िंग पर नकद ज़्यादा</translation>
    </message>
    <message>
        <source>{name} is not a cash account</source>
        <translation>{name} नकद खाता नहीं है</translation>
    </message>
    <message>
        <source>{on:%d-%m-%Y} has not ended yet: close today or before</source>
        <translation>{on:%d-%m-%Y} अभी खत्म नहीं हुआ: आज या उससे पहले का दिन बंद करें</translation>
    </message>
    <message>
        <source>Say the reason in at most {MAX_REASON} characters</source>
        <translation>कारण ज़्यादा से ज़्यादा {MAX_REASON} अक्षरों में बताएँ</translation>
    </message>
    <message>
        <source>{name} is already closed up to {last:%d-%m-%Y}: close a later day</source>
        <translation>{name} पहले ही {last:%d-%m-%Y} तक बंद है: उसके बाद का दिन बंद करें</translation>
    </message>
    <message>
        <source>The count is {amount} {word}: say why (for example change given wrongly, a payment not entered)</source>
        <translation>गिनती में {amount} {word} है: कारण बताएँ (जैसे छुट्टा गलत दिया, कोई भुगतान दर्ज नहीं हुआ)</translation>
    </message>
    <message>
        <source>Enter the head&apos;s name</source>
        <translation>मद का नाम लिखें</translation>
    </message>
    <message>
        <source>At most {MAX_HEAD} characters</source>
        <translation>ज़्यादा से ज़्यादा {MAX_HEAD} अक्षर</translation>
    </message>
    <message>
        <source>There is already a head {name}</source>
        <translation>{name} नाम का मद पहले से है</translation>
    </message>
    <message>
        <source>Choose what the money was spent on (Rent, Wages, ...)</source>
        <translation>पैसा किस पर खर्च हुआ, चुनें (किराया, मज़दूरी, ...)</translation>
    </message>
    <message>
        <source>There is no head {name!r}; add it</source>
        <translation>{name!r} नाम का कोई मद नहीं है; इसे जोड़ें</translation>
    </message>
    <message>
        <source>Choose the Cash or bank account it was paid from</source>
        <translation>जिस नकद या बैंक खाते से भुगतान हुआ, वह चुनें</translation>
    </message>
    <message>
        <source>At most {MAX_TEXT} characters</source>
        <translation>ज़्यादा से ज़्यादा {MAX_TEXT} अक्षर</translation>
    </message>
    <message>
        <source>Enter the number on the supplier&apos;s bill</source>
        <translation>सप्लायर के बिल पर लिखा नंबर लिखें</translation>
    </message>
    <message>
        <source>Enter the bill&apos;s taxable value and tax</source>
        <translation>बिल का कर योग्य मूल्य और कर लिखें</translation>
    </message>
    <message>
        <source>The bill cannot be dated after the payment</source>
        <translation>बिल की तारीख भुगतान के बाद की नहीं हो सकती</translation>
    </message>
    <message>
        <source>There is no expense {number}</source>
        <translation>{number} नाम का कोई खर्च नहीं है</translation>
    </message>
    <message>
        <source>Say why the credit is given</source>
        <translation>जमा देने का कारण बताएँ</translation>
    </message>
    <message>
        <source>Enter the amount credited, more than ₹0</source>
        <translation>जमा की गई रकम लिखें, ₹0 से ज़्यादा</translation>
    </message>
    <message>
        <source>At most {left} of {number} is left to credit</source>
        <translation>{number} में जमा देने को ज़्यादा से ज़्यादा {left} बचा है</translation>
    </message>
    <message>
        <source>An item&apos;s code cannot be changed</source>
        <translation>सामान का कोड बदला नहीं जा सकता</translation>
    </message>
    <message>
        <source>Choose opening stock or a stock correction</source>
        <translation>शुरुआती स्टॉक या स्टॉक सुधार चुनें</translation>
    </message>
    <message>
        <source>Turn on stock tracking for {name} before adding stock</source>
        <translation>स्टॉक जोड़ने से पहले {name} का स्टॉक गिनना चालू करें</translation>
    </message>
    <message>
        <source>Enter a quantity other than 0</source>
        <translation>0 के अलावा कोई मात्रा लिखें</translation>
    </message>
    <message>
        <source>At most {MAX_QTY_MILLI} units in one move</source>
        <translation>एक बार में ज़्यादा से ज़्यादा {MAX_QTY_MILLI} इकाइयाँ</translation>
    </message>
    <message>
        <source>There is no item with code {code}</source>
        <translation>कोड {code} वाला कोई सामान नहीं है</translation>
    </message>
    <message>
        <source>Choose a money account that exists</source>
        <translation>कोई मौजूद पैसों का खाता चुनें</translation>
    </message>
    <message>
        <source>{name} is closed; choose an account in use</source>
        <translation>{name} बंद है; इस्तेमाल में कोई खाता चुनें</translation>
    </message>
    <message>
        <source>No money account is set for {mode!r} payments</source>
        <translation>{mode!r} भुगतानों के लिए कोई पैसों का खाता तय नहीं है</translation>
    </message>
    <message>
        <source>No money account {name!r}; there are: {known}</source>
        <translation>{name!r} नाम का कोई पैसों का खाता नहीं है; ये खाते हैं: {known}</translation>
    </message>
    <message>
        <source>The shop has no Cash account</source>
        <translation>दुकान का कोई नकद खाता नहीं है</translation>
    </message>
    <message>
        <source>Say why the {noun} is cancelled</source>
        <translation>{noun} रद्द करने का कारण बताएँ</translation>
    </message>
    <message>
        <source>{number} is already cancelled</source>
        <translation>{number} पहले ही रद्द हो चुका है</translation>
    </message>
    <message>
        <source>{label} prefix: {message}</source>
        <translation>{label} प्रीफ़िक्स: {message}</translation>
    </message>
    <message>
        <source>{label} prefix: {value} is already the {other} prefix</source>
        <translation>{label} प्रीफ़िक्स: {value} पहले से {other} का प्रीफ़िक्स है</translation>
    </message>
    <message>
        <source>Days ahead a document may be dated without asking: 0 to {MAX_FUTURE_DAYS}</source>
        <translation>बिना पूछे दस्तावेज़ की तारीख कितने दिन आगे हो सकती है: 0 से {MAX_FUTURE_DAYS}</translation>
    </message>
    <message>
        <source>Give the bill&apos;s number (its reference)</source>
        <translation>बिल का नंबर (उसका संदर्भ) दें</translation>
    </message>
    <message>
        <source>{number} is already used</source>
        <translation>{number} पहले से इस्तेमाल में है</translation>
    </message>
    <message>
        <source>The amount must be above 0</source>
        <translation>रकम 0 से ज़्यादा होनी चाहिए</translation>
    </message>
    <message>
        <source>The due date cannot be before the bill&apos;s date</source>
        <translation>देय तारीख बिल की तारीख से पहले नहीं हो सकती</translation>
    </message>
    <message>
        <source>Enter at least one opening bill or credit</source>
        <translation>कम से कम एक शुरुआती बिल या जमा लिखें</translation>
    </message>
    <message>
        <source>{code} {name} is not marked as also a supplier; tick &apos;Also a supplier&apos; on their details first</source>
        <translation>{code} {name} सप्लायर के रूप में भी दर्ज नहीं है; पहले उनकी जानकारी में &apos;Also a supplier&apos; पर टिक लगाएँ</translation>
    </message>
    <message>
        <source>Enter the supplier&apos;s bill number</source>
        <translation>सप्लायर के बिल का नंबर लिखें</translation>
    </message>
    <message>
        <source>A bill number has at most {MAX_BILL_NUMBER} characters</source>
        <translation>बिल नंबर में ज़्यादा से ज़्यादा {MAX_BILL_NUMBER} अक्षर होते हैं</translation>
    </message>
    <message>
        <source>Enter the taxable value (₹0 or more)</source>
        <translation>कर योग्य मूल्य लिखें (₹0 या ज़्यादा)</translation>
    </message>
    <message>
        <source>Enter the GST (₹0 or more)</source>
        <translation>जीएसटी लिखें (₹0 या ज़्यादा)</translation>
    </message>
    <message>
        <source>Enter the bill&apos;s total</source>
        <translation>बिल का कुल लिखें</translation>
    </message>
    <message>
        <source>The total should be taxable + GST = {amount} (up to ₹1.00 round-off)</source>
        <translation>कुल कर योग्य + जीएसटी = {amount} होना चाहिए (₹1.00 तक पूर्णांकन)</translation>
    </message>
    <message>
        <source>The due date can&apos;t be before the bill date</source>
        <translation>देय तारीख बिल की तारीख से पहले नहीं हो सकती</translation>
    </message>
    <message>
        <source>Their bill {their} is already entered as {number}</source>
        <translation>उनका बिल {their} पहले ही {number} के रूप में दर्ज है</translation>
    </message>
    <message>
        <source>Say why the bill is cancelled</source>
        <translation>बिल रद्द करने का कारण बताएँ</translation>
    </message>
    <message>
        <source>Bill {number} is already cancelled</source>
        <translation>बिल {number} पहले ही रद्द हो चुका है</translation>
    </message>
    <message>
        <source>There is no purchase bill {number}</source>
        <translation>{number} नाम का कोई खरीद बिल नहीं है</translation>
    </message>
    <message>
        <source>Say why the debit note is raised</source>
        <translation>डेबिट नोट बनाने का कारण बताएँ</translation>
    </message>
    <message>
        <source>A walk-in (CASH) sale is paid in full at the counter: bill the extra as a new sale instead of a debit note</source>
        <translation>काउंटर (CASH) बिक्री का पूरा भुगतान काउंटर पर होता है: बढ़ी रकम डेबिट नोट की जगह नई बिक्री में लें</translation>
    </message>
    <message>
        <source>Say why the credit note is given</source>
        <translation>क्रेडिट नोट देने का कारण बताएँ</translation>
    </message>
    <message>
        <source>Enter a quantity returned or a price correction</source>
        <translation>लौटाई गई मात्रा या दाम का सुधार लिखें</translation>
    </message>
    <message>
        <source>The invoice has no line {line_no}</source>
        <translation>इनवॉइस में लाइन {line_no} नहीं है</translation>
    </message>
    <message>
        <source>Line {line_no}: at most {qty} can still be returned</source>
        <translation>लाइन {line_no}: अभी ज़्यादा से ज़्यादा {qty} लौटाया जा सकता है</translation>
    </message>
    <message>
        <source>Line {line_no}: a price correction takes off more than 0 and at most {taxable} of taxable value</source>
        <translation>लाइन {line_no}: दाम का सुधार कर योग्य मूल्य में से 0 से ज़्यादा और ज़्यादा से ज़्यादा {taxable} घटाता है</translation>
    </message>
    <message>
        <source>{name} is not a Vyapar Lite backup that can be read ({exc}).</source>
        <translation>{name} ऐसा Vyapar Lite बैकअप नहीं है जो पढ़ा जा सके ({exc})।</translation>
    </message>
    <message>
        <source>Type a password for the encrypted backup.</source>
        <translation>एन्क्रिप्टेड बैकअप के लिए पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>{name} is damaged: it cannot be read as a backup ({exc}).</source>
        <translation>{name} खराब है: इसे बैकअप की तरह पढ़ा नहीं जा सकता ({exc})।</translation>
    </message>
    <message>
        <source>{name} is damaged: its key settings were changed.</source>
        <translation>{name} खराब है: इसकी कुंजी की सेटिंग्स बदली गई हैं।</translation>
    </message>
    <message>
        <source>{name} has been changed or damaged since it was written, so it cannot be restored. Nothing was changed; pick another backup.</source>
        <translation>{name} लिखे जाने के बाद बदला गया है या खराब हो गया है, इसलिए इसे वापस नहीं लाया जा सकता। कुछ भी नहीं बदला गया; कोई दूसरा बैकअप चुनें।</translation>
    </message>
    <message>
        <source>{name} is encrypted: type its password to restore it.</source>
        <translation>{name} एन्क्रिप्टेड है: वापस लाने के लिए इसका पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>{name} is open in another window. Close it there, then restore.</source>
        <translation>{name} दूसरी विंडो में खुली है। उसे वहाँ बंद करें, फिर वापस लाएँ।</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Vyapar Lite (data version {version}; this version reads up to {LATEST}). Install the newer version to restore it. Nothing was changed.</source>
        <translation>{name} Vyapar Lite के नए संस्करण से बना है (डेटा संस्करण {version}; यह संस्करण {LATEST} तक पढ़ता है)। इसे वापस लाने के लिए नया संस्करण इंस्टॉल करें। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>No shop file is open.</source>
        <translation>कोई दुकान की फ़ाइल खुली नहीं है।</translation>
    </message>
    <message>
        <source>Cannot make the backup folder {folder}: {value}.</source>
        <translation>बैकअप फ़ोल्डर {folder} नहीं बन सका: {value}।</translation>
    </message>
    <message>
        <source>{name} already exists; wait a second and back up again.</source>
        <translation>{name} पहले से मौजूद है; एक सेकंड रुककर फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {exc}.</source>
        <translation>बैकअप {folder} में नहीं लिखा जा सका: {exc}।</translation>
    </message>
    <message>
        <source>The backup {name} failed its full check ({value}); it was set aside as {aside}. Back up again, and run Check the shop file if it happens twice.</source>
        <translation>बैकअप {name} पूरी जाँच में विफल रहा ({value}); इसे {aside} के रूप में अलग रखा गया। फिर से बैकअप लें, और ऐसा दो बार हो तो दुकान की फ़ाइल जाँचें चलाएँ।</translation>
    </message>
    <message>
        <source>The backup failed its check ({value}); it was not kept.</source>
        <translation>बैकअप अपनी जाँच में विफल रहा ({value}); इसे रखा नहीं गया।</translation>
    </message>
    <message>
        <source>{name} is not a Vyapar Lite shop file ({exc}).</source>
        <translation>{name} Vyapar Lite की दुकान की फ़ाइल नहीं है ({exc})।</translation>
    </message>
    <message>
        <source>The backup does not match the shop file (tables {different}).</source>
        <translation>बैकअप दुकान की फ़ाइल से मेल नहीं खाता (तालिकाएँ {different})।</translation>
    </message>
    <message>
        <source>Code {code} is already used by {value}</source>
        <translation>कोड {code} पहले से {value} के पास है</translation>
    </message>
    <message>
        <source>{code} {name} already has this {label} (imported anyway)</source>
        <translation>{code} {name} का {label} भी यही है (फिर भी इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>{same_name} already has this name (imported anyway)</source>
        <translation>{same_name} का नाम भी यही है (फिर भी इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>{name} is not installed on this PC, and a shop on a server is backed up with it: install PostgreSQL&apos;s client tools (Debian/Ubuntu: sudo apt-get install postgresql-client; Windows: the PostgreSQL installer&apos;s Command Line Tools).</source>
        <translation>{name} इस कंप्यूटर पर इंस्टॉल नहीं है, और सर्वर वाली दुकान का बैकअप इसी से होता है: PostgreSQL के क्लाइंट टूल इंस्टॉल करें (Debian/Ubuntu: sudo apt-get install postgresql-client; Windows: PostgreSQL इंस्टॉलर के Command Line Tools)।</translation>
    </message>
    <message>
        <source>there is no folder {folder} to back up into</source>
        <translation>बैकअप रखने के लिए {folder} फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>there is no backup file {dump}</source>
        <translation>बैकअप फ़ाइल {dump} नहीं है</translation>
    </message>
    <message>
        <source>{dbname} is not empty: a backup is restored into a new, empty database only (createdb NEW_NAME), never over a shop</source>
        <translation>{dbname} खाली नहीं है: बैकअप सिर्फ़ नए, खाली डेटाबेस में वापस लाया जाता है (createdb NEW_NAME), किसी दुकान के ऊपर कभी नहीं</translation>
    </message>
    <message>
        <source>the shop was not {done}: {value}</source>
        <translation>दुकान {done} नहीं हुई: {value}</translation>
    </message>
    <message>
        <source>Over-allocation: {against} still owes only {owed}</source>
        <translation>ज़रूरत से ज़्यादा बँटवारा: {against} पर अब सिर्फ़ {owed} बकाया है</translation>
    </message>
    <message>
        <source>{against} is not {what} of {customer_code} on or before {on:%d-%m-%Y}</source>
        <translation>{against} {on:%d-%m-%Y} को या उससे पहले का {customer_code} का {what} नहीं है</translation>
    </message>
    <message>
        <source>{against} is already settled</source>
        <translation>{against} पहले ही चुकता हो चुका है</translation>
    </message>
    <message>
        <source>Over-allocation: {customer_code} holds only {held} of advance</source>
        <translation>ज़रूरत से ज़्यादा बँटवारा: {customer_code} के पास सिर्फ़ {held} अग्रिम है</translation>
    </message>
    <message>
        <source>Type the server PC&apos;s name or IP address, e.g. 192.168.1.10</source>
        <translation>सर्वर पीसी का नाम या IP पता लिखें, जैसे 192.168.1.10</translation>
    </message>
    <message>
        <source>A server&apos;s name has letters, digits, dots and dashes only, e.g. shop-pc</source>
        <translation>सर्वर के नाम में केवल अक्षर, अंक, बिंदु और डैश होते हैं, जैसे shop-pc</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432)</source>
        <translation>पोर्ट 1 से 65535 तक की संख्या है (आम तौर पर 5432)</translation>
    </message>
    <message>
        <source>Type the shop database&apos;s name, e.g. sharma_store</source>
        <translation>दुकान के डेटाबेस का नाम लिखें, जैसे sharma_store</translation>
    </message>
    <message>
        <source>A database name has no spaces or / @ : ? # and at most 63 characters</source>
        <translation>डेटाबेस के नाम में खाली जगह या / @ : ? # नहीं होते, और अधिकतम 63 अक्षर होते हैं</translation>
    </message>
    <message>
        <source>A user name has no spaces or / @ : ? #</source>
        <translation>यूज़र के नाम में खाली जगह या / @ : ? # नहीं होते</translation>
    </message>
    <message>
        <source>Give this counter a name, e.g. Counter 1</source>
        <translation>इस काउंटर का नाम दें, जैसे Counter 1</translation>
    </message>
    <message>
        <source>A counter&apos;s name is at most {limit} characters</source>
        <translation>काउंटर के नाम में अधिकतम {limit} अक्षर होते हैं</translation>
    </message>
    <message>
        <source>{account} is closed; choose an account in use</source>
        <translation>{account} बंद है; चालू खाता चुनें</translation>
    </message>
    <message>
        <source>{account} is not a cash account (drawer); cash money needs a cash account (drawer)</source>
        <translation>{account} नकद खाता (दराज़) नहीं है; नकद पैसा नकद खाते (दराज़) में ही जाता है</translation>
    </message>
    <message>
        <source>{account} is not a bank account; {mode} money needs a bank account</source>
        <translation>{account} बैंक खाता नहीं है; {mode} का पैसा बैंक खाते में ही जाता है</translation>
    </message>
    <message>
        <source>the top {limit}, by net sales (CASH sales left out)</source>
        <translation>शुद्ध बिक्री के हिसाब से सबसे ऊपर के {limit} (नकद बिक्री CASH छोड़कर)</translation>
    </message>
    <message>
        <source>every customer who bought, by net sales (CASH sales left out)</source>
        <translation>खरीदने वाला हर ग्राहक, शुद्ध बिक्री के हिसाब से (नकद बिक्री CASH छोड़कर)</translation>
    </message>
    <message>
        <source>bought in at least {min_months} of the last {months} months</source>
        <translation>पिछले {months} महीनों में से कम से कम {min_months} महीनों में खरीदा</translation>
    </message>
    <message>
        <source>paid {days} or more days after the due date on average</source>
        <translation>औसतन नियत तारीख के {days} या ज़्यादा दिन बाद चुकाया</translation>
    </message>
    <message>
        <source>invoices still owing count as late until the end of the period</source>
        <translation>अभी बकाया इनवॉइस अवधि के अंत तक देर से गिने जाते हैं</translation>
    </message>
    <message>
        <source>bought nothing in the last {days} days (active customers)</source>
        <translation>पिछले {days} दिनों में कुछ नहीं खरीदा (सक्रिय ग्राहक)</translation>
    </message>
    <message>
        <source>every type; balances as of today</source>
        <translation>हर प्रकार; बैलेंस आज तक का</translation>
    </message>
    <message>
        <source>every category; balances as of today</source>
        <translation>हर श्रेणी; बैलेंस आज तक का</translation>
    </message>
    <message>
        <source>{documents} of the period has a number longer than {max} characters ({examples}): Rule 46(b) allows 16 and the portal refuses a longer one</source>
        <translation>अवधि के {documents} का नंबर {max} अक्षरों से लंबा है ({examples}): नियम 46(b) 16 तक की अनुमति देता है और पोर्टल लंबा नंबर नहीं लेता</translation>
    </message>
    <message>
        <source>{documents} of the period have numbers longer than {max} characters ({examples}): Rule 46(b) allows 16 and the portal refuses a longer one</source>
        <translation>अवधि के {documents} के नंबर {max} अक्षरों से लंबे हैं ({examples}): नियम 46(b) 16 तक की अनुमति देता है और पोर्टल लंबा नंबर नहीं लेता</translation>
    </message>
    <message>
        <source>… and {count} more document with lines without HSN/SAC</source>
        <translation>… और {count} दस्तावेज़ जिसकी पंक्तियों में HSN/SAC नहीं है</translation>
    </message>
    <message>
        <source>… and {count} more documents with lines without HSN/SAC</source>
        <translation>… और {count} दस्तावेज़ जिनकी पंक्तियों में HSN/SAC नहीं है</translation>
    </message>
    <message>
        <source>… and {count} more customer whose GSTIN fails its check</source>
        <translation>… और {count} ग्राहक जिसका GSTIN जाँच में गलत निकला</translation>
    </message>
    <message>
        <source>… and {count} more customers whose GSTIN fails its check</source>
        <translation>… और {count} ग्राहक जिनके GSTIN जाँच में गलत निकले</translation>
    </message>
    <message>
        <source>The shop has no GSTIN: GSTR-1 is filed by a registered person under its GSTIN. Enter it in Settings (Shop profile).</source>
        <translation>दुकान का GSTIN नहीं है: GSTR-1 पंजीकृत व्यक्ति अपने GSTIN के तहत दाखिल करता है। इसे सेटिंग्स (दुकान की जानकारी) में भरें।</translation>
    </message>
    <message>
        <source>The shop is under the composition scheme: it files CMP-08 and GSTR-4, not GSTR-1 (s.10 CGST Act).</source>
        <translation>दुकान कंपोज़िशन योजना में है: वह CMP-08 और GSTR-4 दाखिल करती है, GSTR-1 नहीं (CGST अधिनियम धारा 10)।</translation>
    </message>
    <message>
        <source>{numbers} and {more} more: the buyer as issued (name, GSTIN, state) is not kept with the document; run Check (vyapar-lite-cli check) and restore a backup</source>
        <translation>{numbers} और {more} और: जारी करते समय का खरीदार (नाम, GSTIN, राज्य) दस्तावेज़ के साथ नहीं रखा है; जाँच (vyapar-lite-cli check) चलाएँ और बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>{numbers}: the buyer as issued (name, GSTIN, state) is not kept with the document; run Check (vyapar-lite-cli check) and restore a backup</source>
        <translation>{numbers}: जारी करते समय का खरीदार (नाम, GSTIN, राज्य) दस्तावेज़ के साथ नहीं रखा है; जाँच (vyapar-lite-cli check) चलाएँ और बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>{kind} {number} was imported without its lines: its HSN summary row has no HSN/SAC code, quantity or unit</source>
        <translation>{kind} {number} बिना पंक्तियों के आयात हुआ था: उसकी HSN सारांश पंक्ति में HSN/SAC कोड, मात्रा या इकाई नहीं है</translation>
    </message>
    <message>
        <source>{kind} {number} ({party}): lines {lines} without an HSN/SAC code; the HSN summary needs one (Notification 78/2020-Central Tax)</source>
        <translation>{kind} {number} ({party}): पंक्तियाँ {lines} बिना HSN/SAC कोड के; HSN सारांश में कोड चाहिए (अधिसूचना 78/2020-केंद्रीय कर)</translation>
    </message>
    <message>
        <source>{kind} {number} ({party}): line {lines} without an HSN/SAC code; the HSN summary needs one (Notification 78/2020-Central Tax)</source>
        <translation>{kind} {number} ({party}): पंक्ति {lines} बिना HSN/SAC कोड के; HSN सारांश में कोड चाहिए (अधिसूचना 78/2020-केंद्रीय कर)</translation>
    </message>
    <message>
        <source>customer {code} ({party}): GSTIN {gstin} fails its check, on {numbers}; the portal rejects those documents (correct the GSTIN and issue a credit note and a new invoice)</source>
        <translation>ग्राहक {code} ({party}): GSTIN {gstin} जाँच में गलत निकला, {numbers} पर; पोर्टल ये दस्तावेज़ नहीं लेगा (GSTIN ठीक करें और क्रेडिट नोट व नया इनवॉइस जारी करें)</translation>
    </message>
    <message>
        <source>No period&apos;s books are closed: the {documents} in the period can still be cancelled, and more can be posted. Close the books up to {end} in Settings (Books closed up to) once the return is filed.</source>
        <translation>किसी अवधि की बही बंद नहीं है: अवधि के {documents} अब भी रद्द हो सकते हैं, और नए दर्ज हो सकते हैं। रिटर्न दाखिल होने के बाद सेटिंग्स (इस तारीख तक बही बंद) में {end} तक बही बंद करें।</translation>
    </message>
    <message>
        <source>{documents} in the period, dated after the books-closed date ({closed}), can still be cancelled, and more can be posted. Close the books up to {end} in Settings (Books closed up to) once the return is filed.</source>
        <translation>अवधि के {documents}, जिनकी तारीख बही बंद होने की तारीख ({closed}) के बाद है, अब भी रद्द हो सकते हैं, और नए दर्ज हो सकते हैं। रिटर्न दाखिल होने के बाद सेटिंग्स (इस तारीख तक बही बंद) में {end} तक बही बंद करें।</translation>
    </message>
    <message>
        <source>{documents} of the period ({first} to {last}) was issued under the composition scheme: not in GSTR-1</source>
        <translation>अवधि का {documents} ({first} से {last}) कंपोज़िशन योजना में जारी हुआ: GSTR-1 में नहीं</translation>
    </message>
    <message>
        <source>{documents} of the period ({first} to {last}) were issued under the composition scheme: not in GSTR-1</source>
        <translation>अवधि के {documents} ({first} से {last}) कंपोज़िशन योजना में जारी हुए: GSTR-1 में नहीं</translation>
    </message>
    <message>
        <source>{documents} of the period ({first} to {last}) was issued while unregistered: not in GSTR-1</source>
        <translation>अवधि का {documents} ({first} से {last}) अपंजीकृत रहते जारी हुआ: GSTR-1 में नहीं</translation>
    </message>
    <message>
        <source>{documents} of the period ({first} to {last}) were issued while unregistered: not in GSTR-1</source>
        <translation>अवधि के {documents} ({first} से {last}) अपंजीकृत रहते जारी हुए: GSTR-1 में नहीं</translation>
    </message>
    <message>
        <source>Invoice {number} cancelled: {reason}</source>
        <translation>इनवॉइस {number} रद्द: {reason}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>इनवॉइस {number}</translation>
    </message>
    <message>
        <source>Received with invoice {number} ({mode})</source>
        <translation>इनवॉइस {number} के साथ मिला ({mode})</translation>
    </message>
    <message>
        <source>Receipt {number} cancelled with invoice {invoice}</source>
        <translation>रसीद {number} इनवॉइस {invoice} के साथ रद्द</translation>
    </message>
    <message>
        <source>Receipt ({mode} {cheque}, {bank})</source>
        <translation>रसीद ({mode} {cheque}, {bank})</translation>
    </message>
    <message>
        <source>Receipt ({mode} {reference})</source>
        <translation>रसीद ({mode} {reference})</translation>
    </message>
    <message>
        <source>Receipt ({mode})</source>
        <translation>रसीद ({mode})</translation>
    </message>
    <message>
        <source>Credit note {number} against {invoice}: {reason}</source>
        <translation>इनवॉइस {invoice} पर क्रेडिट नोट {number}: {reason}</translation>
    </message>
    <message>
        <source>Debit note {number} against {invoice}: {reason}</source>
        <translation>इनवॉइस {invoice} पर डेबिट नोट {number}: {reason}</translation>
    </message>
    <message>
        <source>Financial credit note {number} against {invoice}: {reason}</source>
        <translation>इनवॉइस {invoice} पर वित्तीय क्रेडिट नोट {number}: {reason}</translation>
    </message>
    <message>
        <source>Written off: {reason}</source>
        <translation>बट्टे खाते में डाला: {reason}</translation>
    </message>
    <message>
        <source>{number} cancelled: {reason}</source>
        <translation>{number} रद्द: {reason}</translation>
    </message>
    <message>
        <source>{number} bounced: {reason}</source>
        <translation>{number} बाउंस: {reason}</translation>
    </message>
    <message>
        <source>Advance for order {number}</source>
        <translation>ऑर्डर {number} का अग्रिम</translation>
    </message>
    <message>
        <source>Opening bill {number}</source>
        <translation>शुरुआती बिल {number}</translation>
    </message>
    <message>
        <source>Opening credit {number}</source>
        <translation>शुरुआती जमा {number}</translation>
    </message>
    <message>
        <source>Refund paid ({mode} {reference})</source>
        <translation>लौटाया गया पैसा ({mode} {reference})</translation>
    </message>
    <message>
        <source>Refund paid ({mode})</source>
        <translation>लौटाया गया पैसा ({mode})</translation>
    </message>
    <message>
        <source>Payment ({mode} {reference})</source>
        <translation>भुगतान ({mode} {reference})</translation>
    </message>
    <message>
        <source>Payment ({mode})</source>
        <translation>भुगतान ({mode})</translation>
    </message>
    <message>
        <source>Receipt ({mode_code})</source>
        <translation>रसीद ({mode_code})</translation>
    </message>
    <message>
        <source>Refund ({mode_code})</source>
        <translation>वापसी ({mode_code})</translation>
    </message>
    <message>
        <source>Payment ({mode_code})</source>
        <translation>भुगतान ({mode_code})</translation>
    </message>
    <message>
        <source>Payment to supplier ({mode_code})</source>
        <translation>सप्लायर को भुगतान ({mode_code})</translation>
    </message>
    <message>
        <source>Receipt ({mode_code}), imported</source>
        <translation>रसीद ({mode_code}), इम्पोर्ट की गई</translation>
    </message>
    <message>
        <source>Refund ({mode_code}), imported</source>
        <translation>वापसी ({mode_code}), इम्पोर्ट की गई</translation>
    </message>
    <message>
        <source>Invoice {number} (imported)</source>
        <translation>इनवॉइस {number} (इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>Receipt {number} (imported)</source>
        <translation>रसीद {number} (इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>Credit note {number} (imported)</source>
        <translation>क्रेडिट नोट {number} (इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>Debit note {number} (imported)</source>
        <translation>डेबिट नोट {number} (इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>Refund {number} (imported)</source>
        <translation>वापसी {number} (इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>Opening bill {number} (imported)</source>
        <translation>शुरुआती बिल {number} (इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>Opening credit {number} (imported)</source>
        <translation>शुरुआती जमा {number} (इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>Purchase bill {their} cancelled: {reason}</source>
        <translation>खरीद बिल {their} रद्द: {reason}</translation>
    </message>
    <message>
        <source>Purchase bill {their}: {description}</source>
        <translation>खरीद बिल {their}: {description}</translation>
    </message>
    <message>
        <source>Purchase bill {their}</source>
        <translation>खरीद बिल {their}</translation>
    </message>
    <message>
        <source>Contra settlement {number}: set off against purchases</source>
        <translation>कॉन्ट्रा हिसाब {number}: खरीद से आपस में घटाया</translation>
    </message>
    <message>
        <source>Contra settlement {number}: set off against sales</source>
        <translation>कॉन्ट्रा हिसाब {number}: बिक्री से आपस में घटाया</translation>
    </message>
    <message>
        <source>Receipt (Cheque {cheque}, {bank}) cleared</source>
        <translation>रसीद (चेक {cheque}, {bank}) क्लियर हुई</translation>
    </message>
    <message>
        <source>Cheque {cheque} ({bank}) cleared</source>
        <translation>चेक {cheque} ({bank}) क्लियर हुआ</translation>
    </message>
    <message>
        <source>Cheque {cheque} bounced: {reason}</source>
        <translation>चेक {cheque} बाउंस हुआ: {reason}</translation>
    </message>
    <message>
        <source>Cheque {cheque} bounced</source>
        <translation>चेक {cheque} बाउंस हुआ</translation>
    </message>
    <message>
        <source>Cheque {cheque} cleared</source>
        <translation>चेक {cheque} क्लियर हुआ</translation>
    </message>
    <message>
        <source>Cheque {cheque} cancelled</source>
        <translation>चेक {cheque} रद्द</translation>
    </message>
    <message>
        <source>Cheque return charges: cheque {cheque} ({number})</source>
        <translation>चेक वापसी शुल्क: चेक {cheque} ({number})</translation>
    </message>
    <message>
        <source>Cheque return charges</source>
        <translation>चेक वापसी शुल्क</translation>
    </message>
    <message>
        <source>Cash short at closing: {reason}</source>
        <translation>क्लोज़िंग पर नकद कम: {reason}</translation>
    </message>
    <message>
        <source>Cash excess at closing: {reason}</source>
        <translation>क्लोज़िंग पर नकद ज़्यादा: {reason}</translation>
    </message>
    <message>
        <source>Cash deposited in {account}</source>
        <translation>{account} में नकद जमा किया</translation>
    </message>
    <message>
        <source>Cash withdrawn from {account}</source>
        <translation>{account} से नकद निकाला</translation>
    </message>
    <message>
        <source>{head}: {description}</source>
        <translation>{head}: {description}</translation>
    </message>
    <message>
        <source>{head}</source>
        <translation>{head}</translation>
    </message>
    <message>
        <source>created with the shop file</source>
        <translation>दुकान की फ़ाइल के साथ बना</translation>
    </message>
    <message>
        <source>{number} opening stock</source>
        <translation>{number} शुरुआती स्टॉक</translation>
    </message>
    <message>
        <source>{number} stock correction</source>
        <translation>{number} स्टॉक सुधार</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>{file} से इम्पोर्ट किया</translation>
    </message>
    <message>
        <source>app password set</source>
        <translation>ऐप पासवर्ड लगाया</translation>
    </message>
    <message>
        <source>app password change</source>
        <translation>ऐप पासवर्ड बदला</translation>
    </message>
    <message>
        <source>app password remove</source>
        <translation>ऐप पासवर्ड हटाया</translation>
    </message>
    <message>
        <source>typed in on a customer&apos;s form</source>
        <translation>ग्राहक के फ़ॉर्म में लिखा गया</translation>
    </message>
    <message>
        <source>cut to what the invoices owed when the cheque cleared</source>
        <translation>चेक क्लियर होने पर इनवॉइस के बकाया जितना घटाया</translation>
    </message>
    <message>
        <source>cash posted on a closed day with the owner&apos;s password</source>
        <translation>बंद दिन पर मालिक के पासवर्ड से नकद दर्ज किया</translation>
    </message>
    <message>
        <source>A bounced cheque&apos;s bank charge is not a supply (Circular 178/10/2022-GST): moved from the debit note series to the debit memo series</source>
        <translation>बाउंस हुए चेक का बैंक शुल्क आपूर्ति नहीं है (परिपत्र 178/10/2022-GST): डेबिट नोट सीरीज़ से डेबिट मेमो सीरीज़ में ले जाया गया</translation>
    </message>
    <message>
        <source>{source} to {target}</source>
        <translation>{source} से {target}</translation>
    </message>
    <message>
        <source>{mode} {reference}</source>
        <translation>{mode} {reference}</translation>
    </message>
    <message>
        <source>Against {number}</source>
        <translation>{number} के सामने</translation>
    </message>
    <message>
        <source>Their bill {number}</source>
        <translation>उनका बिल {number}</translation>
    </message>
    <message>
        <source>Choose a customer first</source>
        <translation>पहले ग्राहक चुनें</translation>
    </message>
</context>
<context>
    <name>mode_fields</name>
    <message>
        <source>UPI transaction id (12 digits)</source>
        <translation>UPI ट्रांज़ैक्शन आईडी (12 अंक)</translation>
    </message>
    <message>
        <source>Card slip / approval no.</source>
        <translation>कार्ड स्लिप / अप्रूवल नं.</translation>
    </message>
    <message>
        <source>UTR / transaction id</source>
        <translation>UTR / ट्रांज़ैक्शन आईडी</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>e.g. SBI, Laxmi Road</source>
        <translation>जैसे SBI, लक्ष्मी रोड</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>तरीका (&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>संदर्भ (&amp;F)</translation>
    </message>
    <message>
        <source>Cheque &amp;no.</source>
        <translation>चेक नं. (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>बैंक (&amp;B)</translation>
    </message>
    <message>
        <source>Cheque da&amp;te</source>
        <translation>चेक की तारीख (&amp;T)</translation>
    </message>
    <message>
        <source>Cash dra&amp;wer</source>
        <translation>नकद दराज़ (&amp;W)</translation>
    </message>
</context>
<context>
    <name>money_book_page</name>
    <message>
        <source>Cash book</source>
        <translation>नकद बही</translation>
    </message>
    <message>
        <source>Bank book</source>
        <translation>बैंक बही</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}: {1}&lt;/b&gt; · {2} to {3} · Brought forward {4} · In {5} · Out {6} · &lt;b&gt;Closing {7}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}: {1}&lt;/b&gt; · {2} से {3} · पिछला शेष {4} · आया {5} · गया {6} · &lt;b&gt;अंतिम शेष {7}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>money_dialog</name>
    <message>
        <source>&amp;Customer</source>
        <translation>ग्राहक (&amp;C)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Purchase bill</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>Payment out to a supplier</source>
        <translation>सप्लायर को भुगतान</translation>
    </message>
    <message>
        <source>Refund an advance or credit balance</source>
        <translation>अग्रिम या जमा बैलेंस वापस करें</translation>
    </message>
</context>
<context>
    <name>money_form</name>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Correct the fields in red.</source>
        <translation>लाल रंग वाले खाने ठीक करें।</translation>
    </message>
    <message>
        <source>Not saved. {reasons}</source>
        <translation>सहेजा नहीं गया। {reasons}</translation>
    </message>
</context>
<context>
    <name>money_screen</name>
    <message>
        <source>Expense</source>
        <translation>खर्च</translation>
    </message>
    <message>
        <source>Contra (between accounts)</source>
        <translation>कॉन्ट्रा (खातों के बीच)</translation>
    </message>
    <message>
        <source>Money accounts</source>
        <translation>पैसों के खाते</translation>
    </message>
    <message>
        <source>Cancel a voucher</source>
        <translation>वाउचर रद्द करें</translation>
    </message>
    <message>
        <source>Daily closing</source>
        <translation>दैनिक क्लोज़िंग</translation>
    </message>
    <message>
        <source>Bank reconciliation</source>
        <translation>बैंक मिलान</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्टूबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Q{n} {fy}-{next} ({first} {start} to {last} {end})</source>
        <translation>तिमाही {n} {fy}-{next} ({first} {start} से {last} {end})</translation>
    </message>
</context>
<context>
    <name>note_dialogs</name>
    <message>
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>बेचा</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>लौटाया</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <source>Return qty</source>
        <translation>वापसी मात्रा</translation>
    </message>
    <message>
        <source>Price off ₹ (before tax)</source>
        <translation>दाम में कमी ₹ (कर से पहले)</translation>
    </message>
    <message>
        <source>{title} against {number}</source>
        <translation>{number} पर {title}</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>कारण (&amp;R) *</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {customer} · {total}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {customer} · {total}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>e.g. goods returned damaged, rate agreed lower</source>
        <translation>जैसे माल खराब लौटा, कम दर तय हुई</translation>
    </message>
    <message>
        <source>a credit note against {0} for {1}</source>
        <translation>{1} के लिए {0} पर क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>लाइन {line}: {message}</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>e.g. freight charged later, rate revised upwards</source>
        <translation>जैसे भाड़ा बाद में लगा, दर बढ़ाई गई</translation>
    </message>
    <message>
        <source>a debit note against {0} for {1}</source>
        <translation>{1} के लिए {0} पर डेबिट नोट</translation>
    </message>
    <message>
        <source>Debit note total before any round-off: {0}</source>
        <translation>पूर्णांकन से पहले डेबिट नोट का कुल: {0}</translation>
    </message>
    <message>
        <source>Financial credit note (no GST)</source>
        <translation>वित्तीय क्रेडिट नोट (बिना जीएसटी)</translation>
    </message>
    <message>
        <source>Reduces what the customer owes, not the GST on the invoice: it stays out of the sales register and the returns.</source>
        <translation>ग्राहक का बकाया घटाता है, इनवॉइस का जीएसटी नहीं: यह बिक्री रजिस्टर और रिटर्न में नहीं आता।</translation>
    </message>
    <message>
        <source>₹ credited</source>
        <translation>जमा किए ₹</translation>
    </message>
    <message>
        <source>&amp;Amount (₹) *</source>
        <translation>राशि (&amp;A) (₹) *</translation>
    </message>
    <message>
        <source>e.g. discount agreed after the year closed</source>
        <translation>जैसे साल बंद होने के बाद तय हुई छूट</translation>
    </message>
    <message>
        <source>a financial credit note against {0} for {1}</source>
        <translation>{1} के लिए {0} पर वित्तीय क्रेडिट नोट</translation>
    </message>
</context>
<context>
    <name>numbering_settings</name>
    <message>
        <source>Document numbers and dates</source>
        <translation>दस्तावेज़ नंबर और तारीखें</translation>
    </message>
    <message>
        <source>{label} prefix</source>
        <translation>{label} प्रीफ़िक्स</translation>
    </message>
    <message>
        <source>Ask before dating a document more than (days ahead)</source>
        <translation>इतने दिन से आगे की तारीख डालने से पहले पूछें</translation>
    </message>
    <message>
        <source>Save numbers and dates</source>
        <translation>नंबर और तारीखें सहेजें</translation>
    </message>
    <message>
        <source>Invoices are numbered {first} … {longest} ({0} characters; the law allows {MAX_LENGTH}). A new prefix is used from the next series: this year&apos;s if none of that kind has been numbered yet, else next financial year&apos;s, so numbers already issued never change.</source>
        <translation>इनवॉइस के नंबर {first} … {longest} ({0} अक्षर; कानून {MAX_LENGTH} तक की अनुमति देता है)। नया प्रीफ़िक्स अगली शृंखला से लागू होता है: इस वर्ष की, यदि उस किस्म का कोई नंबर अभी तक नहीं दिया गया, वरना अगले वित्त वर्ष की, ताकि दिए जा चुके नंबर कभी न बदलें।</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>सहेजा नहीं गया: लाल निशान वाले खाने ठीक करें।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Debit notes</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>Debit memos (non-GST)</source>
        <translation>डेबिट मेमो (गैर-जीएसटी)</translation>
    </message>
    <message>
        <source>Financial credit notes (non-GST)</source>
        <translation>वित्तीय क्रेडिट नोट (गैर-जीएसटी)</translation>
    </message>
    <message>
        <source>Sale orders</source>
        <translation>बिक्री ऑर्डर</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>बट्टे खाते</translation>
    </message>
    <message>
        <source>Payments out</source>
        <translation>किए गए भुगतान</translation>
    </message>
    <message>
        <source>Purchase bills</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>Contra settlements</source>
        <translation>कॉन्ट्रा हिसाब</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>खर्च</translation>
    </message>
    <message>
        <source>Contra vouchers (money between accounts)</source>
        <translation>कॉन्ट्रा वाउचर (खातों के बीच पैसा)</translation>
    </message>
</context>
<context>
    <name>opener</name>
    <message>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
</context>
<context>
    <name>opening_bills_dialog</name>
    <message>
        <source>Opening bill</source>
        <translation>शुरुआती बिल</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>शुरुआती जमा</translation>
    </message>
    <message>
        <source>Bill or credit</source>
        <translation>बिल या जमा</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>देय तिथि</translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation>राशि (₹)</translation>
    </message>
    <message>
        <source>Opening bills · {code} {name}</source>
        <translation>शुरुआती बिल · {code} {name}</translation>
    </message>
    <message>
        <source>What &lt;b&gt;{name}&lt;/b&gt; owed before the shop started on Vyapar Lite, bill by bill, and any money they had paid ahead (an opening credit: their advance).</source>
        <translation>दुकान के Vyapar Lite शुरू करने से पहले &lt;b&gt;{name}&lt;/b&gt; का बिल-वार बकाया, और उनके द्वारा पहले से दी गई राशि (शुरुआती जमा: उनका अग्रिम)।</translation>
    </message>
    <message>
        <source>A blank due date is the bill&apos;s date plus their {terms} days&apos; terms.</source>
        <translation>खाली देय तिथि का अर्थ है बिल की तारीख के साथ उनकी {terms} दिनों की शर्तें।</translation>
    </message>
    <message>
        <source>A blank due date is the date.</source>
        <translation>खाली देय तिथि का अर्थ है बिल की तारीख।</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>एक पंक्ति जोड़ें</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Enter it as {hint}, or leave it blank</source>
        <translation>इसे {hint} के रूप में लिखें, या खाली छोड़ दें</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>कुछ भी सहेजा नहीं गया:</translation>
    </message>
</context>
<context>
    <name>order_dialog</name>
    <message>
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>ऑर्डर किया</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>इनवॉइस हुआ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>जीएसटी</translation>
    </message>
    <message>
        <source>Invoice now</source>
        <translation>अभी इनवॉइस करें</translation>
    </message>
    <message>
        <source>Con&amp;vert to invoice</source>
        <translation>इनवॉइस में बदलें (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>ऑर्डर रद्द करें… (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Sale order {number}</source>
        <translation>बिक्री ऑर्डर {number}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sale order {number} · {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;बिक्री ऑर्डर {number} · {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Customer: &lt;b&gt;{name}&lt;/b&gt; ({code})</source>
        <translation>ग्राहक: &lt;b&gt;{name}&lt;/b&gt; ({code})</translation>
    </message>
    <message>
        <source>Date: {day}</source>
        <translation>तारीख: {day}</translation>
    </message>
    <message>
        <source>Advance {advance} (receipt {receipt}), used {used}</source>
        <translation>अग्रिम {advance} (रसीद {receipt}), इस्तेमाल हुआ {used}</translation>
    </message>
    <message>
        <source>Invoices: {numbers}</source>
        <translation>इनवॉइस: {numbers}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>टिप्पणी: {notes}</translation>
    </message>
    <message>
        <source>CANCELLED — {0}</source>
        <translation>रद्द — {0}</translation>
    </message>
    <message>
        <source>Invoice for order {number}</source>
        <translation>ऑर्डर {number} का इनवॉइस</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>रद्द नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>order_form</name>
    <message>
        <source>&amp;Customer (F3)</source>
        <translation>ग्राहक (&amp;C) (F3)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>&lt;b&gt;As an invoice today&lt;/b&gt;</source>
        <translation>&lt;b&gt;आज इनवॉइस बने तो&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Advance (F6)</source>
        <translation>अग्रिम (&amp;A) (F6)</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(वैकल्पिक)</translation>
    </message>
    <message>
        <source>&amp;Book order  (Ctrl+S)</source>
        <translation>ऑर्डर बुक करें (&amp;B)  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Enter next field · Ctrl+Enter next line · F3 customer · F4 lines</source>
        <translation>Enter अगला खाना · Ctrl+Enter अगली पंक्ति · F3 ग्राहक · F4 पंक्तियाँ</translation>
    </message>
    <message>
        <source>Choose the customer who books the order</source>
        <translation>ऑर्डर बुक करने वाला ग्राहक चुनें</translation>
    </message>
    <message>
        <source>&lt;h2&gt;New sale order · {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;नया बिक्री ऑर्डर · {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An order is booked by a named customer, not CASH</source>
        <translation>ऑर्डर नाम वाले ग्राहक से बुक होता है, CASH से नहीं</translation>
    </message>
    <message>
        <source>, advance {amount}</source>
        <translation>, अग्रिम {amount}</translation>
    </message>
    <message>
        <source>Booked {number} for {customer_name}{advance}.</source>
        <translation>{customer_name} के लिए {number} बुक हुआ{advance}।</translation>
    </message>
</context>
<context>
    <name>outgoing_views</name>
    <message>
        <source>Re-&amp;allocate…</source>
        <translation>फिर से बाँटें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Cancel payment…</source>
        <translation>भुगतान रद्द करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>No. {number}, {bank}, dated {day}</source>
        <translation>नं. {number}, {bank}, दिनांक {day}</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>किसे दिया</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>अब का बैलेंस</translation>
    </message>
    <message>
        <source>We owe them now</source>
        <translation>अब हमें उन्हें देना है</translation>
    </message>
    <message>
        <source>Cancel {number} of {amount} to {name}? Why?</source>
        <translation>{name} को दिया गया {amount} का {number} रद्द करें? क्यों?</translation>
    </message>
    <message>
        <source>&amp;Cancel bill…</source>
        <translation>बिल रद्द करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Purchase bill {number}</source>
        <translation>खरीद बिल {number}</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>सप्लायर</translation>
    </message>
    <message>
        <source>Their bill no.</source>
        <translation>उनका बिल नं.</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>बिल की तारीख</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय तिथि</translation>
    </message>
    <message>
        <source>For</source>
        <translation>किस लिए</translation>
    </message>
    <message>
        <source>Cancel purchase bill {number} (their {their}) of {amount}? Payments against it become paid ahead. Why?</source>
        <translation>{amount} का खरीद बिल {number} (उनका {their}) रद्द करें? इसके सामने किए भुगतान पहले से चुकाए गए माने जाएँगे। क्यों?</translation>
    </message>
    <message>
        <source>&amp;Cancel settlement…</source>
        <translation>हिसाब रद्द करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Contra settlement {number}</source>
        <translation>कॉन्ट्रा हिसाब {number}</translation>
    </message>
    <message>
        <source>Customer and supplier</source>
        <translation>ग्राहक और सप्लायर</translation>
    </message>
    <message>
        <source>Sales (they owe us)</source>
        <translation>बिक्री (उन्हें हमें देना है)</translation>
    </message>
    <message>
        <source>Purchases (we owe them)</source>
        <translation>खरीद (हमें उन्हें देना है)</translation>
    </message>
    <message>
        <source>Cancel contra settlement {number} of {amount}? Both sides are owed again. Why?</source>
        <translation>{amount} का कॉन्ट्रा हिसाब {number} रद्द करें? दोनों तरफ़ का बकाया फिर से खड़ा होगा। क्यों?</translation>
    </message>
</context>
<context>
    <name>outstanding_page</name>
    <message>
        <source>All customers (or type a name, code, phone…)</source>
        <translation>सभी ग्राहक (या नाम, कोड, फ़ोन लिखें…)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>सभी ग्राहक</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>{0} still owe something</source>
        <translation>{0} पर अभी कुछ बकाया है</translation>
    </message>
    <message>
        <source>{who} · as of {0} · &lt;b&gt;{1} outstanding&lt;/b&gt; on {2} (billed {3}, paid {4}, credit notes {5}). Overdue invoices are in red.</source>
        <translation>{who} · {0} तक · {2} पर &lt;b&gt;{1} बकाया&lt;/b&gt; (बिल {3}, भुगतान {4}, क्रेडिट नोट {5})। अवधि पार इनवॉइस लाल रंग में हैं।</translation>
    </message>
</context>
<context>
    <name>pack_page</name>
    <message>
        <source>Export the pack to Excel…</source>
        <translation>पैक Excel में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The pack for &lt;b&gt;{0} to {1}&lt;/b&gt; holds:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Summary&lt;/b&gt;: balance and ageing on {2} of the {customers:,} customers with entries in the period or a balance at its end, with totals; each code links to the customer&apos;s statement;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sales register&lt;/b&gt;: {register_rows:,} rows for {documents:,} documents, taxable value and GST by rate;&lt;/li&gt;&lt;li&gt;&lt;b&gt;HSN summary&lt;/b&gt;: quantity, taxable value and tax by HSN/SAC, B2B and B2C apart (GSTR-1 table 12);&lt;/li&gt;&lt;li&gt;&lt;b&gt;{3:,} statements&lt;/b&gt;, one sheet per customer.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Totals are Excel formulas, so the accountant can check them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0} से {1}&lt;/b&gt; के पैक में है:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;सारांश&lt;/b&gt;: अवधि में एंट्री वाले या उसके अंत में बैलेंस वाले {customers:,} ग्राहकों का {2} को बैलेंस और एजिंग, जोड़ के साथ; हर कोड ग्राहक के स्टेटमेंट से जुड़ा है;&lt;/li&gt;&lt;li&gt;&lt;b&gt;बिक्री रजिस्टर&lt;/b&gt;: {documents:,} दस्तावेज़ों की {register_rows:,} पंक्तियाँ, दर के अनुसार कर योग्य मूल्य और जीएसटी;&lt;/li&gt;&lt;li&gt;&lt;b&gt;HSN सारांश&lt;/b&gt;: HSN/SAC के अनुसार मात्रा, कर योग्य मूल्य और कर, B2B और B2C अलग (GSTR-1 तालिका 12);&lt;/li&gt;&lt;li&gt;&lt;b&gt;{3:,} स्टेटमेंट&lt;/b&gt;, हर ग्राहक की एक शीट।&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;जोड़ Excel फ़ॉर्मूले हैं, ताकि अकाउंटेंट उन्हें जाँच सके।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The pack with {count:,} statements</source>
        <translation>{count:,} स्टेटमेंट वाला पैक</translation>
    </message>
</context>
<context>
    <name>password_dialog</name>
    <message>
        <source>App password</source>
        <translation>ऐप का पासवर्ड</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>अभी का पासवर्ड</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>नया पासवर्ड दोबारा</translation>
    </message>
    <message>
        <source>Leave the new password empty to remove the lock.</source>
        <translation>लॉक हटाने के लिए नया पासवर्ड खाली छोड़ें।</translation>
    </message>
    <message>
        <source>The password is asked when the app starts and after the idle time.</source>
        <translation>पासवर्ड ऐप शुरू होने पर और बिना इस्तेमाल के तय समय के बाद पूछा जाता है।</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>दोनों नए पासवर्ड एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>Type a password.</source>
        <translation>पासवर्ड लिखें।</translation>
    </message>
</context>
<context>
    <name>payment_fields</name>
    <message>
        <source>UPI / transaction id / cheque no.</source>
        <translation>UPI / लेन-देन आईडी / चेक नं.</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>तरीका (&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>संदर्भ (&amp;F)</translation>
    </message>
    <message>
        <source>Redeem &amp;points (F7)</source>
        <translation>पॉइंट भुनाएँ (&amp;P) (F7)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Cash dra&amp;wer</source>
        <translation>नकद दराज़ (&amp;W)</translation>
    </message>
</context>
<context>
    <name>payment_out_form</name>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount paid</source>
        <translation>चुकाई रकम (&amp;A)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>भुगतान का तरीका</translation>
    </message>
    <message>
        <source>A&amp;uto</source>
        <translation>अपने-आप (&amp;U)</translation>
    </message>
    <message>
        <source>Spread the amount over the bills, oldest due first</source>
        <translation>रकम को बिलों पर बाँटें, सबसे पुराना देय पहले</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Their open &amp;bills — oldest due first</source>
        <translation>उनके खुले बिल — सबसे पुराना देय पहले (&amp;B)</translation>
    </message>
    <message>
        <source>We owe them {0}</source>
        <translation>हमें उन्हें {0} देने हैं</translation>
    </message>
    <message>
        <source>Against bills {0} · paid ahead {1}</source>
        <translation>बिलों के सामने {0} · अग्रिम दिया {1}</translation>
    </message>
</context>
<context>
    <name>payment_settings</name>
    <message>
        <source>When it is received (the customer&apos;s balance goes down at once)</source>
        <translation>मिलते ही (ग्राहक का बैलेंस तुरंत घटता है)</translation>
    </message>
    <message>
        <source>When it clears (it waits in the PDC register until then)</source>
        <translation>क्लियर होने पर (तब तक PDC रजिस्टर में रहता है)</translation>
    </message>
    <message>
        <source>Post-dated cheques</source>
        <translation>आगे की तारीख वाले चेक (PDC)</translation>
    </message>
    <message>
        <source>Count a post-dated cheque in the customer&apos;s balance:</source>
        <translation>आगे की तारीख वाला चेक ग्राहक के बैलेंस में कब गिनें:</translation>
    </message>
    <message>
        <source>Cheques dated on or before the day they are received always count at once. A change applies to cheques recorded from then on.</source>
        <translation>जो चेक मिलने के दिन या उससे पहले की तारीख के हैं, वे हमेशा तुरंत गिने जाते हैं। बदलाव उसके बाद दर्ज होने वाले चेकों पर लागू होता है।</translation>
    </message>
    <message>
        <source>Save payment settings</source>
        <translation>भुगतान सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>payments_list</name>
    <message>
        <source>Search number or customer…  (Ctrl+F)</source>
        <translation>नंबर या ग्राहक खोजें…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Payments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;भुगतान&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New &amp;receipt  (Ctrl+R)</source>
        <translation>नई रसीद (&amp;R)  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>पैसे वापसी… (&amp;F)</translation>
    </message>
    <message>
        <source>Pa&amp;yment out…</source>
        <translation>भुगतान करें… (&amp;Y)</translation>
    </message>
    <message>
        <source>Purchase &amp;bill…</source>
        <translation>खरीद बिल… (&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;DC register…</source>
        <translation>PDC रजिस्टर… (&amp;D)</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>पुराना हिसाब इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>&amp;Open  (Enter)</source>
        <translation>खोलें (&amp;O)  (Enter)</translation>
    </message>
    <message>
        <source>(the latest {limit} of each kind)</source>
        <translation>(हर प्रकार के आखिरी {limit})</translation>
    </message>
</context>
<context>
    <name>pdc_register</name>
    <message>
        <source>Cheque date</source>
        <translation>चेक की तारीख</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Cheque no.</source>
        <translation>चेक नं.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>PDC register — post-dated cheques</source>
        <translation>PDC रजिस्टर — आगे की तारीख वाले चेक</translation>
    </message>
    <message>
        <source>Show cleared, bounced and cancelled cheques too</source>
        <translation>क्लियर, बाउंस और रद्द हुए चेक भी दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Open receipt  (Enter)</source>
        <translation>रसीद खोलें (&amp;O)  (Enter)</translation>
    </message>
    <message>
        <source>De&amp;posited…</source>
        <translation>जमा किया… (&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;leared…</source>
        <translation>क्लियर हुआ… (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Bounced…</source>
        <translation>बाउंस हुआ… (&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Post-dated cheques&lt;/h3&gt;Deposit each on or after its date; mark it cleared when the bank credits it (a cheque not yet counted settles its invoices then).</source>
        <translation>&lt;h3&gt;आगे की तारीख वाले चेक&lt;/h3&gt;हर चेक उसकी तारीख को या उसके बाद जमा करें; बैंक में पैसा आने पर उसे क्लियर मार्क करें (जो चेक अभी गिना नहीं गया, वह तब अपने इनवॉइस चुकाता है)।</translation>
    </message>
    <message>
        <source>1 cheque in the register, {amount}; {due} can be deposited today</source>
        <translation>रजिस्टर में 1 चेक, {amount}; {due} आज जमा हो सकते हैं</translation>
    </message>
    <message>
        <source>{count} cheques in the register, {amount}; {due} can be deposited today</source>
        <translation>रजिस्टर में {count} चेक, {amount}; {due} आज जमा हो सकते हैं</translation>
    </message>
</context>
<context>
    <name>printed</name>
    <message>
        <source>TAX INVOICE</source>
        <translation>कर बीजक</translation>
    </message>
    <message>
        <source>BILL OF SUPPLY</source>
        <translation>आपूर्ति का बिल</translation>
    </message>
    <message>
        <source>INVOICE-CUM-BILL OF SUPPLY</source>
        <translation>बीजक-सह-आपूर्ति का बिल</translation>
    </message>
    <message>
        <source>CREDIT NOTE</source>
        <translation>जमा पत्र (क्रेडिट नोट)</translation>
    </message>
    <message>
        <source>DEBIT NOTE</source>
        <translation>नामे पत्र (डेबिट नोट)</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>बिल प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>माल भेजने का पता</translation>
    </message>
    <message>
        <source>Ship to (third party)</source>
        <translation>माल भेजने का पता (तीसरा पक्ष)</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>रकम शब्दों में</translation>
    </message>
    <message>
        <source>Amount of advance</source>
        <translation>अग्रिम की रकम</translation>
    </message>
    <message>
        <source>Against order</source>
        <translation>ऑर्डर के सामने</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Rate of tax</source>
        <translation>कर की दर</translation>
    </message>
    <message>
        <source>Tax on this advance</source>
        <translation>इस अग्रिम पर कर</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>शून्य</translation>
    </message>
    <message>
        <source>Of it, for services</source>
        <translation>इसमें से, सेवाओं के लिए</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Rate incl. tax</source>
        <translation>कर सहित दर</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <source>GST %</source>
        <translation>जीएसटी %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>GST rate</source>
        <translation>जीएसटी दर</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>कर</translation>
    </message>
    <message>
        <source>RCM (by recipient)</source>
        <translation>RCM (प्राप्तकर्ता द्वारा)</translation>
    </message>
    <message>
        <source>Tax breakup</source>
        <translation>कर का ब्योरा</translation>
    </message>
    <message>
        <source>GST breakup</source>
        <translation>जीएसटी का ब्योरा</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <source>Points redeemed, before tax</source>
        <translation>भुनाए गए पॉइंट, कर से पहले</translation>
    </message>
    <message>
        <source>Loyalty points redeemed</source>
        <translation>भुनाए गए लॉयल्टी पॉइंट</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>राउंड-ऑफ़</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <source>Tax payable by recipient (RCM)</source>
        <translation>प्राप्तकर्ता द्वारा देय कर (RCM)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>बकाया राशि</translation>
    </message>
    <message>
        <source>Invoice No.</source>
        <translation>बीजक सं.</translation>
    </message>
    <message>
        <source>Credit note No.</source>
        <translation>जमा पत्र सं.</translation>
    </message>
    <message>
        <source>Debit note No.</source>
        <translation>नामे पत्र सं.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>देय तिथि</translation>
    </message>
    <message>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>ऑर्डर सं.</translation>
    </message>
    <message>
        <source>Whether tax is payable on reverse charge</source>
        <translation>क्या कर प्रतिलोम प्रभार (रिवर्स चार्ज) पर देय है</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>This is a computer generated invoice.</source>
        <translation>यह कंप्यूटर से बना बीजक है।</translation>
    </message>
    <message>
        <source>This is a computer generated credit note.</source>
        <translation>यह कंप्यूटर से बना जमा पत्र है।</translation>
    </message>
    <message>
        <source>This is a computer generated debit note.</source>
        <translation>यह कंप्यूटर से बना नामे पत्र है।</translation>
    </message>
    <message>
        <source>This is a computer generated debit memo.</source>
        <translation>यह कंप्यूटर से बना डेबिट मेमो है।</translation>
    </message>
    <message>
        <source>This is a computer generated bill of supply.</source>
        <translation>यह कंप्यूटर से बना आपूर्ति का बिल है।</translation>
    </message>
    <message>
        <source>Value of supply</source>
        <translation>आपूर्ति का मूल्य</translation>
    </message>
    <message>
        <source>Bill No.</source>
        <translation>बिल सं.</translation>
    </message>
    <message>
        <source>PAYMENT RECEIPT</source>
        <translation>भुगतान रसीद</translation>
    </message>
    <message>
        <source>DISCOUNT ALLOWED / WRITE-OFF</source>
        <translation>दी गई छूट / बट्टे खाते</translation>
    </message>
    <message>
        <source>CONTRA SETTLEMENT</source>
        <translation>कॉन्ट्रा हिसाब बराबर</translation>
    </message>
    <message>
        <source>RECEIPT VOUCHER (ADVANCE)</source>
        <translation>रसीद वाउचर (अग्रिम)</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>प्राप्त किया</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>शब्दों में</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>रसीद सं.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Cheque No.</source>
        <translation>चेक सं.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Cheque date</source>
        <translation>चेक की तारीख</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>चुकता किया</translation>
    </message>
    <message>
        <source>Paid now</source>
        <translation>अभी चुकाया</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>अभी बकाया</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>प्राप्त रकम</translation>
    </message>
    <message>
        <source>Against invoices</source>
        <translation>इनवॉइस के सामने</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>वापस किया</translation>
    </message>
    <message>
        <source>Your balance after this receipt</source>
        <translation>इस रसीद के बाद आपका बैलेंस</translation>
    </message>
    <message>
        <source>Cheque payments are subject to realisation.</source>
        <translation>चेक से भुगतान, चेक क्लियर होने पर ही मान्य है।</translation>
    </message>
    <message>
        <source>Post-dated cheque: counted when it clears.</source>
        <translation>आगे की तारीख वाला चेक: क्लियर होने पर गिना जाएगा।</translation>
    </message>
    <message>
        <source>This is a computer generated receipt.</source>
        <translation>यह कंप्यूटर से बनी रसीद है।</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>धन्यवाद!</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>For</source>
        <translation>कृते</translation>
    </message>
    <message>
        <source>Authorised signatory</source>
        <translation>अधिकृत हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <source>Thank you for your business!</source>
        <translation>खरीदारी के लिए धन्यवाद!</translation>
    </message>
    <message>
        <source>DEBIT MEMO</source>
        <translation>नामे मेमो (डेबिट मेमो)</translation>
    </message>
    <message>
        <source>CREDIT NOTE (FINANCIAL, WITHOUT GST)</source>
        <translation>जमा पत्र (वित्तीय, बिना जीएसटी)</translation>
    </message>
    <message>
        <source>Debit memo No.</source>
        <translation>डेबिट मेमो सं.</translation>
    </message>
    <message>
        <source>Against invoice</source>
        <translation>मूल बीजक</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>बीजक की तारीख</translation>
    </message>
    <message>
        <source>Cheque return charges</source>
        <translation>चेक वापसी शुल्क</translation>
    </message>
    <message>
        <source>Financial credit (no GST)</source>
        <translation>वित्तीय जमा (बिना जीएसटी)</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>गंतव्य देश</translation>
    </message>
    <message>
        <source>Shipping bill</source>
        <translation>शिपिंग बिल</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>port code</source>
        <translation>पोर्ट कोड</translation>
    </message>
    <message>
        <source>Port code</source>
        <translation>पोर्ट कोड</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <source>Cheque in hand</source>
        <translation>चेक हाथ में</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>जमा किया</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>क्लियर हुआ</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>बाउंस</translation>
    </message>
    <message>
        <source>Kept as advance</source>
        <translation>अग्रिम के रूप में रखा</translation>
    </message>
    <message>
        <source>Kept on account</source>
        <translation>खाते में जमा रखा</translation>
    </message>
    <message>
        <source>Written off ({number})</source>
        <translation>बट्टे खाते में डाला ({number})</translation>
    </message>
    <message>
        <source>CHEQUE BOUNCED</source>
        <translation>चेक बाउंस</translation>
    </message>
    <message>
        <source>Ph</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>Opening bill</source>
        <translation>शुरुआती बिल</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>चुकाया</translation>
    </message>
    <message>
        <source>due</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>अपंजीकृत</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>No GST is payable on an advance for goods (Notification 66/2017-Central Tax): tax is charged on the invoice.</source>
        <translation>माल के लिए अग्रिम पर कोई जीएसटी देय नहीं है (अधिसूचना 66/2017-केंद्रीय कर): कर बीजक पर लगाया जाता है।</translation>
    </message>
    <message>
        <source>GST on an advance for services is payable when it is received (s.13(2) CGST Act, Rule 50): the amount received includes it; the invoice adjusts it.</source>
        <translation>सेवाओं के लिए अग्रिम पर जीएसटी उसके प्राप्त होने पर देय है (धारा 13(2) सीजीएसटी अधिनियम, नियम 50): प्राप्त रकम में यह शामिल है; बीजक में इसका समायोजन होता है।</translation>
    </message>
    <message>
        <source>Advance against future supplies</source>
        <translation>भविष्य की आपूर्ति के लिए अग्रिम</translation>
    </message>
    <message>
        <source>Advance for services</source>
        <translation>सेवाओं के लिए अग्रिम</translation>
    </message>
    <message>
        <source>Bank charges for a dishonoured cheque: not consideration for a supply, no GST charged (CBIC Circular 178/10/2022-GST).</source>
        <translation>अनादरित (बाउंस) चेक के बैंक शुल्क: किसी आपूर्ति का प्रतिफल नहीं, कोई जीएसटी नहीं लगाया गया (सीबीआईसी परिपत्र 178/10/2022-जीएसटी)।</translation>
    </message>
    <message>
        <source>A financial credit note: it does not reduce GST (s.34(2) CGST Act).</source>
        <translation>वित्तीय क्रेडिट नोट: इससे जीएसटी कम नहीं होता (धारा 34(2) सीजीएसटी अधिनियम)।</translation>
    </message>
    <message>
        <source>An amount owed from before the shop&apos;s books were kept in Vyapar Lite, brought forward: not a supply billed by this document, so no GST is charged on it.</source>
        <translation>Vyapar Lite में खाते रखने से पहले का बकाया, आगे लाया गया: यह इस दस्तावेज़ से बिल की गई आपूर्ति नहीं है, इसलिए इस पर कोई जीएसटी नहीं लगाया गया।</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>पृष्ठ {page} / {pages}</translation>
    </message>
    <message>
        <source>Tax of {amount} on the lines marked RCM is payable by the recipient under reverse charge (s.9(3)/9(4) CGST Act); it is not charged in this document&apos;s total.</source>
        <translation>RCM चिह्नित पंक्तियों पर {amount} का कर रिवर्स चार्ज के अंतर्गत प्राप्तकर्ता द्वारा देय है (धारा 9(3)/9(4) सीजीएसटी अधिनियम); यह इस दस्तावेज़ के कुल में नहीं लिया गया है।</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print {number}</source>
        <translation>{number} छापें</translation>
    </message>
    <message>
        <source>Save {number} as PDF</source>
        <translation>{number} को PDF में सहेजें</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>Could not write {name}: {exc}</source>
        <translation>{name} लिखा नहीं जा सका: {exc}</translation>
    </message>
</context>
<context>
    <name>reaching</name>
    <message>
        <source>Connecting to the shop server at {host}…</source>
        <translation>{host} पर दुकान के सर्वर से जुड़ रहे हैं…</translation>
    </message>
</context>
<context>
    <name>reallocate_dialog</name>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Why (optional, kept in the change history)</source>
        <translation>क्यों (वैकल्पिक, बदलावों के इतिहास में रखा जाता है)</translation>
    </message>
    <message>
        <source>A&amp;uto  (oldest due first)</source>
        <translation>अपने-आप (&amp;U)  (सबसे पुराना देय पहले)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>कोई नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <source>{0} {1} · allocated {2} · &lt;b&gt;{3} left unallocated&lt;/b&gt;</source>
        <translation>{0} {1} · बाँटा गया {2} · &lt;b&gt;{3} बिना बाँटे बचा&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Re-allocate {number}</source>
        <translation>{number} फिर से बाँटें</translation>
    </message>
    <message>
        <source> ({refunded} refunded)</source>
        <translation> ({refunded} वापस किया)</translation>
    </message>
</context>
<context>
    <name>reason_dialog</name>
    <message>
        <source>Required, e.g. wrong customer, billed twice</source>
        <translation>ज़रूरी, जैसे गलत ग्राहक, दो बार बिल बना</translation>
    </message>
</context>
<context>
    <name>receipt_form</name>
    <message>
        <source>Enter next field · F3 customer · F6 amount · F7 mode · F4 invoices (Space pays a row, Delete clears) · F5 auto · Ctrl+S save</source>
        <translation>Enter अगला खाना · F3 ग्राहक · F6 रकम · F7 तरीका · F4 इनवॉइस (Space पंक्ति चुकाए, Delete हटाए) · F5 अपने आप · Ctrl+S सहेजें</translation>
    </message>
    <message>
        <source>&amp;Customer (F3)</source>
        <translation>ग्राहक (&amp;C) (F3)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount received (F6)</source>
        <translation>मिली रकम (&amp;A) (F6)</translation>
    </message>
    <message>
        <source>Open &amp;invoices (F4) — oldest due first</source>
        <translation>बकाया इनवॉइस (&amp;I) (F4) — सबसे पुराना देय पहले</translation>
    </message>
    <message>
        <source>A&amp;uto  (F5)</source>
        <translation>अपने आप (&amp;U)  (F5)</translation>
    </message>
    <message>
        <source>Spread the amount over the invoices, oldest due first</source>
        <translation>रकम इनवॉइसों में बाँटें, सबसे पुराना देय पहले</translation>
    </message>
    <message>
        <source>&amp;None (all advance)</source>
        <translation>कोई नहीं (&amp;N) (सब अग्रिम)</translation>
    </message>
    <message>
        <source>Settle the open invoices with the advance this customer already holds</source>
        <translation>इस ग्राहक के पास पहले से जमा अग्रिम से बकाया इनवॉइस चुकाएँ</translation>
    </message>
    <message>
        <source>Needed with a write-off, e.g. discount for prompt payment</source>
        <translation>बट्टे खाते के साथ ज़रूरी, जैसे जल्दी भुगतान की छूट</translation>
    </message>
    <message>
        <source>Printed on the receipt (optional)</source>
        <translation>रसीद पर छपेगा (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Write-off &amp;reason</source>
        <translation>बट्टे खाते का कारण (&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>टिप्पणी (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save receipt  (Ctrl+S)</source>
        <translation>रसीद सहेजें (&amp;S)  (Ctrl+S)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;New receipt · {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;नई रसीद · {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Post-dated cheque: it goes to the PDC register and is counted now (Settings › Payments).</source>
        <translation>आगे की तारीख वाला चेक: यह PDC रजिस्टर में जाता है और अभी गिना जाता है (सेटिंग्स › भुगतान)।</translation>
    </message>
    <message>
        <source>Post-dated cheque: it goes to the PDC register and is counted when it clears (Settings › Payments). The invoices are settled then.</source>
        <translation>आगे की तारीख वाला चेक: यह PDC रजिस्टर में जाता है और क्लियर होने पर गिना जाता है (सेटिंग्स › भुगतान)। इनवॉइस तभी चुकते हैं।</translation>
    </message>
    <message>
        <source>Use ad&amp;vance held {0}</source>
        <translation>जमा अग्रिम {0} इस्तेमाल करें (&amp;V)</translation>
    </message>
    <message>
        <source>• Choose the customer who paid</source>
        <translation>• भुगतान करने वाला ग्राहक चुनें</translation>
    </message>
    <message>
        <source>• Enter the amount received</source>
        <translation>• मिली रकम भरें</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Receipt {number}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;रसीद {number}&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>receipt_view</name>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>This receipt</source>
        <translation>यह रसीद</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>अभी बकाया</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट… (&amp;P)</translation>
    </message>
    <message>
        <source>Slip &amp;80 mm…</source>
        <translation>80 mm पर्ची… (&amp;8)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF सहेजें… (&amp;D)</translation>
    </message>
    <message>
        <source>Re-&amp;allocate…</source>
        <translation>फिर से बाँटें… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel receipt…</source>
        <translation>रसीद रद्द करें… (&amp;C)</translation>
    </message>
    <message>
        <source>De&amp;posited…</source>
        <translation>जमा किया… (&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;leared…</source>
        <translation>क्लियर हुआ… (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Bounced…</source>
        <translation>बाउंस हुआ… (&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{heading} {number}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{heading} {number}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>CHEQUE BOUNCED</source>
        <translation>चेक बाउंस</translation>
    </message>
    <message>
        <source>Post-dated cheque, not counted yet: it settles its invoices when marked cleared</source>
        <translation>आगे की तारीख का चेक, अभी गिना नहीं गया: क्लियर होने पर यह अपने इनवॉइस चुकाएगा</translation>
    </message>
    <message>
        <source>Paid with its invoice: cancelling the invoice cancels it</source>
        <translation>अपने इनवॉइस के साथ भुगतान हुआ: इनवॉइस रद्द करने से यह भी रद्द होगा</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <source>No. {number}, {bank}, dated {day}</source>
        <translation>नं. {number}, {bank}, तारीख {day}</translation>
    </message>
    <message>
        <source> (post-dated)</source>
        <translation> (आगे की तारीख)</translation>
    </message>
    <message>
        <source>deposited</source>
        <translation>जमा किया</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>क्लियर हुआ</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>बाउंस हुआ</translation>
    </message>
    <message>
        <source>Cheque state</source>
        <translation>चेक की स्थिति</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>बट्टे खाता</translation>
    </message>
    <message>
        <source>Bank charge</source>
        <translation>बैंक शुल्क</translation>
    </message>
    <message>
        <source>debit note {number}</source>
        <translation>डेबिट नोट {number}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Not {what}</source>
        <translation>{what} नहीं हुआ</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>{number} रद्द करें</translation>
    </message>
    <message>
        <source>Cancel {number} of {amount} from {customer}? The invoices it paid are owed again and the number stays used. Why is it cancelled?</source>
        <translation>{customer} से मिली {amount} की {number} रद्द करें? इससे चुकाए गए इनवॉइस फिर बकाया होंगे और यह नंबर इस्तेमाल हुआ ही रहेगा। इसे क्यों रद्द कर रहे हैं?</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
</context>
<context>
    <name>reconciliation_page</name>
    <message>
        <source>Import the bank&apos;s statement (CSV or Excel) to see what it shows that the books do not: bank charges, interest, a payment not entered.</source>
        <translation>बैंक का स्टेटमेंट (CSV या Excel) लाएँ ताकि दिखे कि उसमें क्या है जो बही में नहीं: बैंक शुल्क, ब्याज, दर्ज न हुआ भुगतान।</translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation>स्टेटमेंट इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>बैंक खाता</translation>
    </message>
    <message>
        <source>Bank date</source>
        <translation>बैंक की तारीख</translation>
    </message>
    <message>
        <source>Statement says</source>
        <translation>स्टेटमेंट में</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>Book date</source>
        <translation>खाते की तारीख</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Mark matched as reconciled</source>
        <translation>मेल खाने वालों को मिलान हुआ दर्ज करें</translation>
    </message>
    <message>
        <source>Matched: in the statement and in the books</source>
        <translation>मेल खाए: स्टेटमेंट में भी और बही में भी</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>In</source>
        <translation>आया</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>गया</translation>
    </message>
    <message>
        <source>Tick selected as in the passbook</source>
        <translation>चुने हुए को पासबुक में होने का निशान लगाएँ</translation>
    </message>
    <message>
        <source>In the books, not reconciled</source>
        <translation>बही में, मिलान नहीं हुआ</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>निकासी</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>जमा</translation>
    </message>
    <message>
        <source>In the statement, not in the books</source>
        <translation>स्टेटमेंट में, बही में नहीं</translation>
    </message>
    <message>
        <source>Add a bank account in Settings › Money accounts first.</source>
        <translation>पहले सेटिंग्स › पैसों के खाते में बैंक खाता जोड़ें।</translation>
    </message>
    <message>
        <source>Book balance {0} · not reconciled: {1} in, {2} out · reconciled balance {3}</source>
        <translation>बही बैलेंस {0} · मिलान नहीं हुआ: {1} आया, {2} गया · मिलान हुआ बैलेंस {3}</translation>
    </message>
    <message>
        <source>In the books, not in the statement ({0})</source>
        <translation>बही में, स्टेटमेंट में नहीं ({0})</translation>
    </message>
    <message>
        <source>In the books, not reconciled: the latest {0:,} of {total:,}</source>
        <translation>बही में, मिलान नहीं हुआ: {total:,} में से नवीनतम {0:,}</translation>
    </message>
    <message>
        <source>In the books, not reconciled ({0})</source>
        <translation>बही में, मिलान नहीं हुआ ({0})</translation>
    </message>
    <message>
        <source>Matched: in the statement and in the books ({0})</source>
        <translation>मेल खाए: स्टेटमेंट में भी और बही में भी ({0})</translation>
    </message>
    <message>
        <source>In the statement, not in the books ({0})</source>
        <translation>स्टेटमेंट में, बही में नहीं ({0})</translation>
    </message>
    <message>
        <source>Import the bank&apos;s statement</source>
        <translation>बैंक का स्टेटमेंट इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Matching it with the books…</source>
        <translation>खातों से मिलान हो रहा है…</translation>
    </message>
    <message>
        <source>Importing the statement</source>
        <translation>स्टेटमेंट इम्पोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>{file_name}: columns read: {0}</source>
        <translation>{file_name}: पढ़े गए कॉलम: {0}</translation>
    </message>
    <message>
        <source>{file_name}: {0} transactions read; {1} matched, {2} only in the statement, {3} only in the books.</source>
        <translation>{file_name}: {0} लेन-देन पढ़े गए; {1} मेल खाए, {2} केवल स्टेटमेंट में, {3} केवल बही में।</translation>
    </message>
    <message>
        <source>Nothing imported. {message}</source>
        <translation>कुछ इम्पोर्ट नहीं हुआ। {message}</translation>
    </message>
    <message>
        <source>{marked} entries marked reconciled.</source>
        <translation>{marked} एंट्री मिलान हुई दर्ज की गईं।</translation>
    </message>
    <message>
        <source>Select the entries the passbook shows, then tick them.</source>
        <translation>पासबुक में दिख रही एंट्री चुनें, फिर उन पर निशान लगाएँ।</translation>
    </message>
    <message>
        <source>{marked} entries ticked as in the passbook.</source>
        <translation>{marked} एंट्री पर पासबुक में होने का निशान लगा।</translation>
    </message>
    <message>
        <source>Reconciled entries (un-tick)…</source>
        <translation>मिलान हुई एंट्री (निशान हटाएँ)…</translation>
    </message>
    <message>
        <source>{count} entries un-ticked: not reconciled again.</source>
        <translation>{count} एंट्री से निशान हटाया गया: अब मिलान नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Work not saved last time</source>
        <translation>पिछली बार का काम सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>You were typing {summary} when the app closed: open it?</source>
        <translation>ऐप बंद होते समय आप {summary} लिख रहे थे: इसे खोलें?</translation>
    </message>
    <message>
        <source>Last typed at {when}. Nothing of it was saved to the books.</source>
        <translation>आखिरी बार {when} पर लिखा गया। इसका कुछ भी खातों में नहीं सहेजा गया।</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>हटा दें (&amp;D)</translation>
    </message>
</context>
<context>
    <name>refund_dialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount to pay back</source>
        <translation>लौटाने की रकम (&amp;A)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>भुगतान का तरीका</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Choose the customer to pay back.</source>
        <translation>वापस पैसे देने के लिए ग्राहक चुनें।</translation>
    </message>
    <message>
        <source>Can be refunded: &lt;b&gt;{0}&lt;/b&gt; (advance {1}, credit notes {2})</source>
        <translation>वापस किया जा सकता है: &lt;b&gt;{0}&lt;/b&gt; (अग्रिम {1}, क्रेडिट नोट {2})</translation>
    </message>
</context>
<context>
    <name>register_page</name>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <source>B2C large</source>
        <translation>B2C बड़ा</translation>
    </message>
    <message>
        <source>B2C small</source>
        <translation>B2C छोटा</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>SEZ</source>
        <translation>SEZ</translation>
    </message>
    <message>
        <source>Deemed export</source>
        <translation>मानित निर्यात</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <source>Nil-rated</source>
        <translation>शून्य दर</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>छूट प्राप्त</translation>
    </message>
    <message>
        <source>Non-GST</source>
        <translation>गैर-जीएसटी</translation>
    </message>
    <message>
        <source>{kind} (cancelled)</source>
        <translation>{kind} (रद्द)</translation>
    </message>
    <message>
        <source>{kind} (imported)</source>
        <translation>{kind} (इम्पोर्ट किया)</translation>
    </message>
    <message>
        <source>GST rate</source>
        <translation>जीएसटी दर</translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation>कुल कर</translation>
    </message>
    <message>
        <source>RCM (by recipient)</source>
        <translation>RCM (प्राप्तकर्ता द्वारा)</translation>
    </message>
    <message>
        <source>imported, no slab</source>
        <translation>इम्पोर्ट किया, कोई स्लैब नहीं</translation>
    </message>
    <message>
        <source>of which {supply}</source>
        <translation>जिसमें से {supply}</translation>
    </message>
    <message>
        <source>&lt;b&gt;By GST rate&lt;/b&gt; (credit notes taken off)</source>
        <translation>&lt;b&gt;जीएसटी दर के अनुसार&lt;/b&gt; (क्रेडिट नोट घटाकर)</translation>
    </message>
    <message>
        <source>{start} to {end} · {documents}</source>
        <translation>{start} से {end} · {documents}</translation>
    </message>
    <message>
        <source>and {count:,} cancelled (in grey, no amounts)</source>
        <translation>और {count:,} रद्द (धूसर रंग में, बिना रकम)</translation>
    </message>
    <message>
        <source> · Taxable &lt;b&gt;{taxable}&lt;/b&gt; · GST &lt;b&gt;{gst}&lt;/b&gt; · Value &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation> · कर योग्य &lt;b&gt;{taxable}&lt;/b&gt; · जीएसटी &lt;b&gt;{gst}&lt;/b&gt; · मूल्य &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · Tax payable by recipient (RCM) &lt;b&gt;{tax}&lt;/b&gt;</source>
        <translation> · प्राप्तकर्ता द्वारा देय कर (RCM) &lt;b&gt;{tax}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By GST rate</source>
        <translation>जीएसटी दर के अनुसार</translation>
    </message>
    <message>
        <source>(credit notes taken off)</source>
        <translation>(क्रेडिट नोट घटाकर)</translation>
    </message>
</context>
<context>
    <name>reminder_dialog</name>
    <message>
        <source>Payment reminder</source>
        <translation>भुगतान की याद</translation>
    </message>
    <message>
        <source>Win-back reminder</source>
        <translation>वापस बुलाने की याद</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>याद दिलाने का संदेश भेजें</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>WhatsApp में खोलें</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← पिछला</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>अगला →</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>याद दिलाना</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt;: {exc}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;: {exc}</translation>
    </message>
    <message>
        <source>Customer {n} of {count}: </source>
        <translation>ग्राहक {n} / {count}: </translation>
    </message>
    <message>
        <source>owes {amount}</source>
        <translation>{amount} बकाया</translation>
    </message>
    <message>
        <source>owes nothing</source>
        <translation>कुछ बकाया नहीं</translation>
    </message>
    <message>
        <source>{place}&lt;b&gt;{customer_code} · {customer_name}&lt;/b&gt; ({owes})</source>
        <translation>{place}&lt;b&gt;{customer_code} · {customer_name}&lt;/b&gt; ({owes})</translation>
    </message>
    <message>
        <source>No WhatsApp link: {problem}.</source>
        <translation>WhatsApp लिंक नहीं: {problem}।</translation>
    </message>
    <message>
        <source>No e-mail link: {problem}.</source>
        <translation>ई-मेल लिंक नहीं: {problem}।</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>नहीं खुला</translation>
    </message>
    <message>
        <source>No program on this computer opens it.</source>
        <translation>इस कंप्यूटर का कोई प्रोग्राम इसे नहीं खोलता।</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <source>{summary}: logged on {customer_code}&apos;s file.</source>
        <translation>{summary}: {customer_code} की फ़ाइल में दर्ज किया गया।</translation>
    </message>
</context>
<context>
    <name>report_page</name>
    <message>
        <source>&lt;span style=&apos;font-size:13pt; font-weight:bold&apos;&gt;{title}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{blurb}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt; font-weight:bold&apos;&gt;{title}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#555&apos;&gt;{blurb}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Work the report out again (F5)</source>
        <translation>रिपोर्ट फिर से निकालें (F5)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel में एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF सहेजें…</translation>
    </message>
    <message>
        <source>Working out the {title}</source>
        <translation>{title} तैयार हो रही है</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Export the {title} to {file_kind}</source>
        <translation>{title} को {file_kind} में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Exporting the {title}</source>
        <translation>{title} एक्सपोर्ट हो रही है</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>एक्सपोर्ट नहीं हुआ</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>एक्सपोर्ट रद्द हुआ</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>एक्सपोर्ट रद्द किया गया; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>एक्सपोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>{count} written to {path}.</source>
        <translation>{count} {path} में लिखे गए।</translation>
    </message>
    <message>
        <source>Save the {title} as PDF</source>
        <translation>{title} को PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Preparing the printout</source>
        <translation>प्रिंट तैयार हो रहा है</translation>
    </message>
    <message>
        <source>Printout failed</source>
        <translation>प्रिंट नहीं हो सका</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF सहेजी नहीं गई</translation>
    </message>
    <message>
        <source>Could not write {path}: {exc}</source>
        <translation>{path} नहीं लिखी जा सकी: {exc}</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF सहेजी गई</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>{path} में सहेजी गई।</translation>
    </message>
    <message>
        <source>A long printout</source>
        <translation>लंबा प्रिंट</translation>
    </message>
    <message>
        <source>This report has {rows:,} rows: about {0:,} pages. Print it anyway? (Export to Excel may suit better; or choose a shorter period.)</source>
        <translation>इस रिपोर्ट में {rows:,} पंक्तियाँ हैं: लगभग {0:,} पन्ने। फिर भी छापें? (Excel में एक्सपोर्ट बेहतर रह सकता है; या छोटी अवधि चुनें।)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>report_print</name>
    <message>
        <source>Print {title}</source>
        <translation>{title} छापें</translation>
    </message>
</context>
<context>
    <name>report_printout</name>
    <message>
        <source>Ageing of receivables</source>
        <translation>लेनदारी की उम्र (एजिंग)</translation>
    </message>
    <message>
        <source>Customer balances</source>
        <translation>ग्राहकों के बैलेंस</translation>
    </message>
    <message>
        <source>Composition scheme: quarterly turnover and tax (CMP-08)</source>
        <translation>कंपोज़िशन योजना: तिमाही आवर्त और कर (CMP-08)</translation>
    </message>
    <message>
        <source>GSTR-3B: outward supplies (Tables 3.1 and 3.2)</source>
        <translation>GSTR-3B: बाहरी आपूर्तियाँ (तालिका 3.1 और 3.2)</translation>
    </message>
    <message>
        <source>HSN-wise summary of outward supplies (GSTR-1 table 12)</source>
        <translation>बाहरी आपूर्तियों का HSN-वार सारांश (GSTR-1 तालिका 12)</translation>
    </message>
    <message>
        <source>Customer insights: {title}</source>
        <translation>ग्राहकों की जानकारी: {title}</translation>
    </message>
    <message>
        <source>Outstanding invoices</source>
        <translation>बकाया इनवॉइस</translation>
    </message>
    <message>
        <source>Sales register (GST)</source>
        <translation>बिक्री रजिस्टर (जीएसटी)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
    </message>
    <message>
        <source>Return period</source>
        <translation>रिटर्न अवधि</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>दिनों के समूह</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Ageing of receivables</source>
        <translation>लेनदारी की उम्र (एजिंग)</translation>
    </message>
    <message>
        <source>What customers owe, by days past the due date.</source>
        <translation>ग्राहकों पर कितना बकाया है, देय तारीख के बाद के दिनों के हिसाब से।</translation>
    </message>
    <message>
        <source>Customer balances</source>
        <translation>ग्राहकों के बैलेंस</translation>
    </message>
    <message>
        <source>What every customer owes, or has paid in advance, on a date.</source>
        <translation>किसी तारीख पर हर ग्राहक पर कितना बकाया है, या उसने कितना अग्रिम दिया है।</translation>
    </message>
    <message>
        <source>Composition (CMP-08)</source>
        <translation>संयोजन (CMP-08)</translation>
    </message>
    <message>
        <source>Each quarter&apos;s turnover billed under the composition scheme and the tax on it.</source>
        <translation>संयोजन योजना में हर तिमाही बिल किया गया आवर्त और उस पर कर।</translation>
    </message>
    <message>
        <source>GSTR-3B</source>
        <translation>GSTR-3B</translation>
    </message>
    <message>
        <source>Outward supplies for a month or quarter: Tables 3.1 and 3.2, from GSTR-1&apos;s tables.</source>
        <translation>किसी महीने या तिमाही की बाहरी आपूर्तियाँ: तालिका 3.1 और 3.2, GSTR-1 की तालिकाओं से।</translation>
    </message>
    <message>
        <source>HSN summary</source>
        <translation>HSN सारांश</translation>
    </message>
    <message>
        <source>Quantity, taxable value and tax by HSN/SAC and unit (GSTR-1 table 12).</source>
        <translation>HSN/SAC और इकाई के हिसाब से मात्रा, कर योग्य मूल्य और कर (GSTR-1 तालिका 12)।</translation>
    </message>
    <message>
        <source>Customer insights</source>
        <translation>ग्राहकों की जानकारी</translation>
    </message>
    <message>
        <source>Best, loyal, slow-paying and dormant customers; customers by type and category.</source>
        <translation>सबसे अच्छे, वफ़ादार, देर से चुकाने वाले और निष्क्रिय ग्राहक; प्रकार और श्रेणी के हिसाब से ग्राहक।</translation>
    </message>
    <message>
        <source>Outstanding invoices</source>
        <translation>बकाया इनवॉइस</translation>
    </message>
    <message>
        <source>Invoices, debit notes and opening bills that still owe something, oldest due first.</source>
        <translation>इनवॉइस, डेबिट नोट और शुरुआती बिल जिन पर अभी कुछ बकाया है, सबसे पुराना देय पहले।</translation>
    </message>
    <message>
        <source>Accountant&apos;s pack</source>
        <translation>अकाउंटेंट का पैक</translation>
    </message>
    <message>
        <source>Everything the accountant asks for, in one Excel workbook.</source>
        <translation>अकाउंटेंट जो कुछ माँगता है, एक Excel वर्कबुक में।</translation>
    </message>
    <message>
        <source>Sales register</source>
        <translation>बिक्री रजिस्टर</translation>
    </message>
    <message>
        <source>Every sales document of a period, with taxable value and GST by rate.</source>
        <translation>किसी अवधि का हर बिक्री दस्तावेज़, कर योग्य मूल्य और दर के हिसाब से जीएसटी के साथ।</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>खाता विवरण</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>एजिंग</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Cash and bank books</source>
        <translation>नकद और बैंक बही</translation>
    </message>
    <message>
        <source>One account&apos;s money over a period: brought forward, each movement, closing.</source>
        <translation>किसी अवधि में एक खाते का पैसा: पिछला शेष, हर लेन-देन, अंतिम शेष।</translation>
    </message>
    <message>
        <source>Day book</source>
        <translation>रोज़नामचा (डे बुक)</translation>
    </message>
    <message>
        <source>Every document of the day, all kinds, and the money each moved in and out.</source>
        <translation>दिन का हर दस्तावेज़, हर प्रकार का, और हर एक से आया-गया पैसा।</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>खर्च</translation>
    </message>
    <message>
        <source>What the shop spent in a period, by head, with the GST on suppliers&apos; bills.</source>
        <translation>किसी अवधि में दुकान का खर्च, मद के हिसाब से, सप्लायरों के बिलों पर जीएसटी के साथ।</translation>
    </message>
    <message>
        <source>GST returns</source>
        <translation>जीएसटी रिटर्न</translation>
    </message>
    <message>
        <source>Export to Tally</source>
        <translation>Tally में एक्सपोर्ट</translation>
    </message>
    <message>
        <source>GSTR-1 and GSTR-3B (outward) for a month or a quarter, and what is not ready.</source>
        <translation>किसी महीने या तिमाही के GSTR-1 और GSTR-3B (बाहरी), और जो अभी तैयार नहीं है।</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>ग्राहक का खाता विवरण</translation>
    </message>
    <message>
        <source>Everything on a customer&apos;s account for a period, with the running balance.</source>
        <translation>किसी अवधि में ग्राहक के खाते की हर एंट्री, चलते बैलेंस के साथ।</translation>
    </message>
    <message>
        <source>The period&apos;s vouchers and ledgers for TallyPrime (Import &gt; Transactions).</source>
        <translation>TallyPrime के लिए अवधि के वाउचर और लेजर (Import &gt; Transactions)।</translation>
    </message>
    <message>
        <source>Save the vouchers as a Tally XML file</source>
        <translation>वाउचर Tally XML फ़ाइल के रूप में सहेजें</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>encrypted: its contents show once its password is typed</source>
        <translation>एन्क्रिप्टेड: पासवर्ड लिखने पर इसमें क्या है दिखेगा</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>लिया गया</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>इसमें है</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>एन्क्रिप्टेड</translation>
    </message>
    <message>
        <source>Password of the encrypted backup</source>
        <translation>एन्क्रिप्ट किए गए बैकअप का पासवर्ड</translation>
    </message>
    <message>
        <source>The shop file as it is now is kept as a safety copy beside it, then the app reopens on the backup.</source>
        <translation>दुकान की फ़ाइल अभी जैसी है, उसकी एक सुरक्षा कॉपी उसके पास रखी जाती है, फिर ऐप बैकअप पर दोबारा खुलता है।</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>दूसरी फ़ाइल…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <source>Pick the backup to restore:</source>
        <translation>वापस लाने के लिए बैकअप चुनें:</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(एन्क्रिप्टेड)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>वापस लाने के लिए बैकअप</translation>
    </message>
    <message>
        <source>The password is wrong for this backup. Type it again.</source>
        <translation>इस बैकअप के लिए पासवर्ड गलत है। फिर से लिखें।</translation>
    </message>
</context>
<context>
    <name>return_period</name>
    <message>
        <source>Month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>तिमाही</translation>
    </message>
</context>
<context>
    <name>returns_page</name>
    <message>
        <source>&lt;b&gt;Ready:&lt;/b&gt; nothing found that would make this return wrong.</source>
        <translation>&lt;b&gt;तैयार:&lt;/b&gt; ऐसा कुछ नहीं मिला जिससे यह रिटर्न गलत हो।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ready&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;तैयार नहीं&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>books closed up to {day}</source>
        <translation>{day} तक खाते बंद</translation>
    </message>
    <message>
        <source>no books closed</source>
        <translation>कोई खाते बंद नहीं</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;marked filed&lt;/b&gt;</source>
        <translation>&lt;b&gt;फ़ाइल किया दर्ज&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not marked filed</source>
        <translation>फ़ाइल किया दर्ज नहीं</translation>
    </message>
    <message>
        <source>GSTR-1 for {period}: {state} · {closed} · filed periods: {marked}</source>
        <translation>{period} का GSTR-1: {state} · {closed} · फ़ाइल की गई अवधियाँ: {marked}</translation>
    </message>
    <message>
        <source>Mark the return filed?</source>
        <translation>रिटर्न को दाखिल दर्ज करें?</translation>
    </message>
    <message>
        <source>GSTR-1 for {period} is exported. Once you have filed it on the GST portal, mark it filed here and close the books up to {end}, so no document of the period can be posted or cancelled any more (you can reopen it in Settings › Books).</source>
        <translation>{period} का GSTR-1 एक्सपोर्ट हो गया। जीएसटी पोर्टल पर दाखिल करने के बाद इसे यहाँ दाखिल दर्ज करें और {end} तक बही बंद करें, ताकि अवधि का कोई दस्तावेज़ अब दर्ज या रद्द न हो सके (सेटिंग्स › बही में फिर खोल सकते हैं)।</translation>
    </message>
    <message>
        <source>Mark filed and close the books</source>
        <translation>रिटर्न भरा मार्क करें और बही बंद करें</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>Return period</source>
        <translation>रिटर्न की अवधि</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>GSTR-1 in the offline tool&apos;s Excel layout</source>
        <translation>GSTR-1 ऑफ़लाइन टूल के Excel ढाँचे में</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>GSTR-1 as the JSON the GST portal&apos;s offline tool takes</source>
        <translation>GSTR-1 उस JSON में जो जीएसटी पोर्टल का ऑफ़लाइन टूल लेता है</translation>
    </message>
    <message>
        <source>{count} GSTR-1 tables</source>
        <translation>{count} GSTR-1 तालिकाएँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;GSTR-3B, outward supplies&lt;/b&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Table 3.1&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Taxable value&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Tax&lt;/th&gt;&lt;/tr&gt;{lines}&lt;/table&gt;{0}&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;{2}</source>
        <translation>&lt;b&gt;GSTR-3B, बाहरी आपूर्ति&lt;/b&gt;&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;1&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;तालिका 3.1&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;कर योग्य मूल्य&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;कर&lt;/th&gt;&lt;/tr&gt;{lines}&lt;/table&gt;{0}&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;{2}</translation>
    </message>
    <message>
        <source>GSTR-1 with {count:,} entries</source>
        <translation>{count:,} प्रविष्टियों वाला GSTR-1</translation>
    </message>
    <message>
        <source>Export GSTR-1 as the portal&apos;s JSON</source>
        <translation>GSTR-1 को पोर्टल की JSON के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Exporting GSTR-1 (JSON)</source>
        <translation>GSTR-1 (JSON) एक्सपोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>GSTR-1 for {period} marked filed; books closed up to {day}.</source>
        <translation>{period} का GSTR-1 दाखिल दर्ज हुआ; {day} तक बही बंद।</translation>
    </message>
    <message>
        <source>GSTR-1 for {period} marked filed.</source>
        <translation>{period} का GSTR-1 दाखिल दर्ज हुआ।</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>advance {amount}</source>
        <translation>अग्रिम {amount}</translation>
    </message>
    <message>
        <source>on account {amount}</source>
        <translation>खाते में {amount}</translation>
    </message>
    <message>
        <source>to pay {amount}</source>
        <translation>देना है {amount}</translation>
    </message>
    <message>
        <source>their bill {number}</source>
        <translation>उनका बिल {number}</translation>
    </message>
</context>
<context>
    <name>sales_list</name>
    <message>
        <source>{lines} to invoice</source>
        <translation>{lines} का इनवॉइस बाकी</translation>
    </message>
    <message>
        <source>advance {amount}</source>
        <translation>अग्रिम {amount}</translation>
    </message>
    <message>
        <source>Search number or customer…  (Ctrl+F)</source>
        <translation>नंबर या ग्राहक खोजें…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>New &amp;invoice  (Ctrl+I)</source>
        <translation>नया इनवॉइस (&amp;I)  (Ctrl+I)</translation>
    </message>
    <message>
        <source>New &amp;order  (Ctrl+Shift+O)</source>
        <translation>नया ऑर्डर (&amp;O)  (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Open  (Enter)</source>
        <translation>खोलें (&amp;O)  (Enter)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sales&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;बिक्री&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>(the latest 200 invoices and notes)</source>
        <translation>(आखिरी 200 इनवॉइस और नोट)</translation>
    </message>
</context>
<context>
    <name>sales_settings</name>
    <message>
        <source>Round each invoice&apos;s total to the rupee (shown as a round-off line)</source>
        <translation>हर इनवॉइस का कुल रुपये में पूरा करें (राउंड-ऑफ़ की अलग पंक्ति दिखती है)</translation>
    </message>
    <message>
        <source>0 = no points</source>
        <translation>0 = कोई पॉइंट नहीं</translation>
    </message>
    <message>
        <source>0 = points can&apos;t be redeemed</source>
        <translation>0 = पॉइंट भुनाए नहीं जा सकते</translation>
    </message>
    <message>
        <source>Save sales settings</source>
        <translation>बिक्री सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <source>Invoices and loyalty points</source>
        <translation>इनवॉइस और लॉयल्टी पॉइंट</translation>
    </message>
    <message>
        <source>One point for every (₹)</source>
        <translation>हर इतनी खरीद पर एक पॉइंट (₹)</translation>
    </message>
    <message>
        <source>A point is worth (₹)</source>
        <translation>एक पॉइंट की कीमत (₹)</translation>
    </message>
    <message>
        <source>Customers earn no points.</source>
        <translation>ग्राहकों को कोई पॉइंट नहीं मिलते।</translation>
    </message>
    <message>
        <source>A customer earns 1 point for every {amount} spent.</source>
        <translation>ग्राहक को हर {amount} की खरीद पर 1 पॉइंट मिलता है।</translation>
    </message>
    <message>
        <source>Each point redeemed takes {amount} off a bill, as a discount before tax.</source>
        <translation>भुनाया गया हर पॉइंट बिल से {amount} घटाता है, कर से पहले छूट के रूप में।</translation>
    </message>
    <message>
        <source>Points can&apos;t be redeemed.</source>
        <translation>पॉइंट भुनाए नहीं जा सकते।</translation>
    </message>
    <message>
        <source>{earn} {redeem} Walk-in (CASH) sales earn no points.</source>
        <translation>{earn} {redeem} नकद (CASH) वाली फुटकर बिक्री पर पॉइंट नहीं मिलते।</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>सहेजा नहीं गया: लाल निशान वाले खाने ठीक करें।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>saved_bar</name>
    <message>
        <source>&amp;Print…  (Ctrl+P)</source>
        <translation>प्रिंट करें… (&amp;P)  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…  (Ctrl+Shift+S)</source>
        <translation>PDF सहेजें… (&amp;D)  (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Receipt &amp;80 mm…</source>
        <translation>80 mm रसीद… (&amp;8)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New receipt  (Ctrl+R)</source>
        <translation>नई रसीद (&amp;N)  (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{number} सहेजा गया&lt;/b&gt;</translation>
    </message>
    <message>
        <source>settles {documents}</source>
        <translation>{documents} चुकाए</translation>
    </message>
    <message>
        <source>&amp;New invoice  (Ctrl+I)</source>
        <translation>नया इनवॉइस (&amp;N)  (Ctrl+I)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved {number}&lt;/b&gt; · {customer} · {total}, {owed} on account</source>
        <translation>&lt;b&gt;{number} सहेजा गया&lt;/b&gt; · {customer} · {total}, {owed} खाते में बकाया</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved {number}&lt;/b&gt; · {customer} · {total}, paid</source>
        <translation>&lt;b&gt;{number} सहेजा गया&lt;/b&gt; · {customer} · {total}, चुकाया</translation>
    </message>
</context>
<context>
    <name>services_advance</name>
    <message>
        <source>Advance for services (GST payable now) at</source>
        <translation>सेवाओं के लिए अग्रिम (जीएसटी अभी देय), दर</translation>
    </message>
    <message>
        <source>Money received before services are supplied is taxed when received (s.13(2) CGST Act, Rule 50): the amount includes the GST. Advances for goods carry none.</source>
        <translation>सेवाएँ देने से पहले मिला पैसा मिलते समय ही कर योग्य है (धारा 13(2) सीजीएसटी अधिनियम, नियम 50): रकम में जीएसटी शामिल है। माल के लिए अग्रिम पर जीएसटी नहीं लगता।</translation>
    </message>
    <message>
        <source>no GST</source>
        <translation>जीएसटी नहीं</translation>
    </message>
    <message>
        <source>= taxable {taxable} + {heads} {tax} (place of supply {place_of_supply})</source>
        <translation>= कर योग्य {taxable} + {heads} {tax} (आपूर्ति का स्थान {place_of_supply})</translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;&lt;h3&gt;Shop profile&lt;/h3&gt;</source>
        <translation>&lt;h2&gt;सेटिंग्स&lt;/h2&gt;&lt;h3&gt;दुकान की जानकारी&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Save shop profile</source>
        <translation>दुकान की जानकारी सहेजें</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Customers&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ग्राहक&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Items&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;सामान&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sales&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;बिक्री&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Payments&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;भुगतान&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tally&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tally&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backups&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;बैकअप&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Audit trail&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ऑडिट ट्रेल&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;App lock&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ऐप लॉक&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Language / भाषा&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Language / भाषा&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>सहेजा नहीं गया: लाल निशान वाले खाने ठीक करें।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This counter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;यह काउंटर&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>settle_dialog</name>
    <message>
        <source>They owe us {receivable} · we owe them {payable} · &lt;b&gt;net {net}&lt;/b&gt;</source>
        <translation>उन्हें हमें देना है {receivable} · हमें उन्हें देना है {payable} · &lt;b&gt;शुद्ध {net}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Settle (contra)</source>
        <translation>हिसाब बराबर करें (कॉन्ट्रा)</translation>
    </message>
    <message>
        <source>the smaller side</source>
        <translation>छोटी तरफ़</translation>
    </message>
    <message>
        <source>Set off</source>
        <translation>आपस में घटाएँ</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>तरफ़</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>&amp;Settle  (Ctrl+S)</source>
        <translation>बराबर करें (&amp;S)  (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount to set off (₹)</source>
        <translation>घटाने की रकम (₹) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Settle (contra) · {number_preview}</source>
        <translation>हिसाब बराबर करें (कॉन्ट्रा) · {number_preview}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;अभी:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;After setting off {0}:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0} घटाने के बाद:&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <source>Sales (they owe us)</source>
        <translation>बिक्री (उन्हें हमें देना है)</translation>
    </message>
    <message>
        <source>Purchases (we owe them)</source>
        <translation>खरीद (हमें उन्हें देना है)</translation>
    </message>
</context>
<context>
    <name>setup_dialog</name>
    <message>
        <source>Set up your shop</source>
        <translation>अपनी दुकान की जानकारी भरें</translation>
    </message>
    <message>
        <source>Welcome to Vyapar Lite. Tell us about your shop: these details are printed on invoices and statements, and the state decides whether a sale is charged CGST + SGST or IGST. You can change them later in Settings.</source>
        <translation>Vyapar Lite में आपका स्वागत है। अपनी दुकान के बारे में बताएँ: ये जानकारी इनवॉइस और खाता विवरण पर छपती है, और राज्य से तय होता है कि बिक्री पर CGST + SGST लगेगा या IGST। आप इन्हें बाद में सेटिंग्स में बदल सकते हैं।</translation>
    </message>
</context>
<context>
    <name>ship_to</name>
    <message>
        <source>(state as billed)</source>
        <translation>(बिल वाला राज्य)</translation>
    </message>
    <message>
        <source>Delivery address (blank: the customer&apos;s own)</source>
        <translation>डिलीवरी का पता (खाली: ग्राहक का अपना पता)</translation>
    </message>
    <message>
        <source>S&amp;hip to</source>
        <translation>यहाँ भेजें (&amp;H)</translation>
    </message>
    <message>
        <source>Delivered to a third party on the buyer&apos;s direction (bill to / ship to)</source>
        <translation>खरीदार के कहने पर किसी तीसरे पक्ष को दिया गया (बिल टू / शिप टू)</translation>
    </message>
    <message>
        <source>The place of supply is then the buyer&apos;s principal place of business, not the delivery address&apos;s state (s.10(1)(b) IGST Act)</source>
        <translation>तब आपूर्ति का स्थान खरीदार के कारोबार का मुख्य स्थान है, डिलीवरी पते का राज्य नहीं (धारा 10(1)(b) आईजीएसटी अधिनियम)</translation>
    </message>
    <message>
        <source>Place of supply: {text}</source>
        <translation>आपूर्ति का स्थान: {text}</translation>
    </message>
</context>
<context>
    <name>shipping_bill_fields</name>
    <message>
        <source>Shipping bill no. (up to 7 digits)</source>
        <translation>शिपिंग बिल नंबर (7 अंकों तक)</translation>
    </message>
    <message>
        <source>Port code (INNSA1)</source>
        <translation>पोर्ट कोड (INNSA1)</translation>
    </message>
    <message>
        <source>Export: shipping &amp;bill</source>
        <translation>निर्यात: शिपिंग बिल (&amp;B)</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>port</source>
        <translation>पोर्ट</translation>
    </message>
</context>
<context>
    <name>shop_form</name>
    <message>
        <source>Shop name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <source>e.g. Sharma General Store</source>
        <translation>जैसे Sharma General Store</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Mobile, landline with STD code, or +country code</source>
        <translation>मोबाइल, STD कोड के साथ लैंडलाइन, या +देश का कोड</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>GSTIN (optional)</source>
        <translation>GSTIN (वैकल्पिक)</translation>
    </message>
    <message>
        <source>15 characters, e.g. 27AAPFU0939F1ZV</source>
        <translation>15 अक्षर, जैसे 27AAPFU0939F1ZV</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s state…</source>
        <translation>दुकान का राज्य चुनें…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Composition scheme: bills of supply, no tax collected (s.10 CGST Act)</source>
        <translation>संयोजन योजना (कंपोज़िशन): आपूर्ति का बिल, कोई कर वसूला नहीं जाता (धारा 10 सीजीएसटी अधिनियम)</translation>
    </message>
    <message>
        <source>GST scheme</source>
        <translation>जीएसटी योजना</translation>
    </message>
    <message>
        <source>Composition rate</source>
        <translation>संयोजन दर</translation>
    </message>
</context>
<context>
    <name>shop_session</name>
    <message>
        <source>Not restored: {reason}</source>
        <translation>वापस नहीं लाया गया: {reason}</translation>
    </message>
    <message>
        <source>Restored the backup {name}; the file as it was is kept beside it.</source>
        <translation>बैकअप {name} वापस लाया गया; फ़ाइल जैसी थी वैसी उसके पास रखी गई है।</translation>
    </message>
    <message>
        <source>Password of {name}:</source>
        <translation>{name} का पासवर्ड:</translation>
    </message>
    <message>
        <source>A shop on a server is restored with vyapar-lite-cli restore, into an empty database.</source>
        <translation>सर्वर पर रखी दुकान vyapar-lite-cli restore से, एक खाली डेटाबेस में, वापस लाई जाती है।</translation>
    </message>
    <message>
        <source>The file {path}</source>
        <translation>फ़ाइल {path}</translation>
    </message>
    <message>
        <source>The shop database {url}</source>
        <translation>दुकान का डेटाबेस {url}</translation>
    </message>
    <message>
        <source>Set-up was cancelled, so no shop was set up and nothing was saved. {where} holds no shop yet: the next start asks for the shop&apos;s details again. Vyapar Lite will now close.</source>
        <translation>सेट-अप रद्द किया गया, इसलिए कोई दुकान नहीं बनी और कुछ भी सहेजा नहीं गया। {where} में अभी कोई दुकान नहीं है: अगली बार शुरू करने पर दुकान की जानकारी फिर से पूछी जाएगी। Vyapar Lite अब बंद होगा।</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({taken_at:%d-%m-%Y %H:%M})</source>
        <translation>सबसे नया सही बैकअप वापस लाएँ ({taken_at:%d-%m-%Y %H:%M})</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>दूसरी फ़ाइल खोलें…</translation>
    </message>
    <message>
        <source>Connect to a shop server…</source>
        <translation>दुकान के सर्वर से जुड़ें…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Open shop file</source>
        <translation>दुकान की फ़ाइल खोलें</translation>
    </message>
</context>
<context>
    <name>statement_kinds</name>
    <message>
        <source>Opening balance</source>
        <translation>शुरुआती बैलेंस</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>Debit note</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>Debit memo</source>
        <translation>डेबिट मेमो</translation>
    </message>
    <message>
        <source>Cheque bounced</source>
        <translation>चेक बाउंस हुआ</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>बट्टे खाते में डाला</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>लौटाया गया पैसा</translation>
    </message>
    <message>
        <source>Contra settlement</source>
        <translation>कॉन्ट्रा हिसाब</translation>
    </message>
    <message>
        <source>Invoice cancelled</source>
        <translation>इनवॉइस रद्द</translation>
    </message>
    <message>
        <source>Receipt cancelled</source>
        <translation>रसीद रद्द</translation>
    </message>
    <message>
        <source>Purchase bill</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Bill cancelled</source>
        <translation>बिल रद्द</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>भुगतान रद्द</translation>
    </message>
    <message>
        <source>Balance before the period</source>
        <translation>अवधि से पहले का बैलेंस</translation>
    </message>
    <message>
        <source>{kind} (cancelled)</source>
        <translation>{kind} (रद्द)</translation>
    </message>
    <message>
        <source>{kind} (bounced)</source>
        <translation>{kind} (बाउंस)</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>पिछला बैलेंस</translation>
    </message>
</context>
<context>
    <name>statement_page</name>
    <message>
        <source>Total · closing</source>
        <translation>कुल · अंतिम</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Ph</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>{period} · Opening {opening} · Debits {debits} · Credits {credits} · &lt;b&gt;Closing {closing}&lt;/b&gt; ({closing_text})</source>
        <translation>{period} · शुरुआती {opening} · नामे {debits} · जमा {credits} · &lt;b&gt;अंतिम {closing}&lt;/b&gt; ({closing_text})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ageing on {day}&lt;/b&gt;: </source>
        <translation>&lt;b&gt;{day} को उम्र के हिसाब से बकाया&lt;/b&gt;: </translation>
    </message>
    <message>
        <source>Advance held {amount}</source>
        <translation>रखा अग्रिम {amount}</translation>
    </message>
    <message>
        <source>&lt;b&gt;As a supplier&lt;/b&gt;: opening {0}, closing {1} · &lt;b&gt;Net of both sides {2}&lt;/b&gt; ({3})</source>
        <translation>&lt;b&gt;सप्लायर के रूप में&lt;/b&gt;: शुरुआती {0}, अंतिम {1} · &lt;b&gt;दोनों तरफ़ का शुद्ध {2}&lt;/b&gt; ({3})</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} से {end}</translation>
    </message>
</context>
<context>
    <name>statement_printout</name>
    <message>
        <source>STATEMENT OF ACCOUNT</source>
        <translation>खाता विवरण</translation>
    </message>
    <message>
        <source>This is a computer generated statement. Dr: the amount is owed to the shop; Cr: the shop holds it (an advance, or what the shop owes a supplier).</source>
        <translation>यह कंप्यूटर से बना विवरण है। Dr: यह रकम दुकान को लेनी है; Cr: यह रकम दुकान के पास है (अग्रिम, या जो दुकान को सप्लायर को देना है)।</translation>
    </message>
    <message>
        <source>Closing balance on {day}: {balance}</source>
        <translation>{day} को अंतिम बैलेंस: {balance}</translation>
    </message>
    <message>
        <source>Statement {code} {period}</source>
        <translation>खाता विवरण {code} {period}</translation>
    </message>
    <message>
        <source>Total for the period</source>
        <translation>अवधि का कुल</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>अंतिम बैलेंस</translation>
    </message>
    <message>
        <source>GSTIN: {gstin}</source>
        <translation>GSTIN: {gstin}</translation>
    </message>
    <message>
        <source>Ph {phone}</source>
        <translation>फ़ोन {phone}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>शुरुआती बैलेंस</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Statement for</source>
        <translation>इनका खाता विवरण</translation>
    </message>
    <message>
        <source>As a supplier</source>
        <translation>सप्लायर के रूप में</translation>
    </message>
    <message>
        <source>(purchases and payments to them; Cr: the shop owes them)</source>
        <translation>(उनसे खरीद और उन्हें भुगतान; Cr: दुकान को उन्हें देना है)</translation>
    </message>
    <message>
        <source>Net of both sides: {net}</source>
        <translation>दोनों तरफ़ का शुद्ध: {net}</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>कुल देय</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>अग्रिम</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <source>Ageing of the balance on {day}</source>
        <translation>{day} को उम्र के हिसाब से बकाया</translation>
    </message>
    <message>
        <source>(days past the due date)</source>
        <translation>(देय तारीख के बाद के दिन)</translation>
    </message>
</context>
<context>
    <name>stock_dialog</name>
    <message>
        <source>Sale</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Sale return</source>
        <translation>बिक्री वापसी</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>शुरुआती स्टॉक</translation>
    </message>
    <message>
        <source>Stock correction</source>
        <translation>स्टॉक सुधार</translation>
    </message>
    <message>
        <source>Stock of {code} · {name}</source>
        <translation>{code} · {name} का स्टॉक</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ to add, − to take away</source>
        <translation>+ जोड़ने के लिए, − घटाने के लिए</translation>
    </message>
    <message>
        <source>Why (optional): counted, damaged, expired …</source>
        <translation>क्यों (वैकल्पिक): गिनती, टूटा-फूटा, एक्सपायर …</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>मौजूद स्टॉक</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Change ({unit})</source>
        <translation>बदलाव ({unit})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation>बाद का स्टॉक</translation>
    </message>
    <message>
        <source>Recent stock moves</source>
        <translation>हाल की स्टॉक हलचल</translation>
    </message>
    <message>
        <source>Quantity ({unit})</source>
        <translation>मात्रा ({unit})</translation>
    </message>
</context>
<context>
    <name>supplier_panel</name>
    <message>
        <source>They owe us</source>
        <translation>उन्हें हमें देना है</translation>
    </message>
    <message>
        <source>We owe them</source>
        <translation>हमें उन्हें देना है</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>शुद्ध</translation>
    </message>
    <message>
        <source>&amp;Settle (contra)…</source>
        <translation>हिसाब बराबर करें (कॉन्ट्रा)… (&amp;S)</translation>
    </message>
    <message>
        <source>Purchase &amp;bill…</source>
        <translation>खरीद बिल… (&amp;B)</translation>
    </message>
    <message>
        <source>Pa&amp;yment out…</source>
        <translation>भुगतान करें… (&amp;Y)</translation>
    </message>
    <message>
        <source>Supplier le&amp;dger…</source>
        <translation>सप्लायर का खाता… (&amp;D)</translation>
    </message>
    <message>
        <source>Set off {0} on both sides</source>
        <translation>दोनों तरफ़ {0} आपस में घटाएँ</translation>
    </message>
    <message>
        <source>Both sides must owe something</source>
        <translation>दोनों तरफ़ कुछ बकाया होना चाहिए</translation>
    </message>
    <message>
        <source>Supplier ledger · {code}</source>
        <translation>सप्लायर लेजर · {code}</translation>
    </message>
    <message>
        <source>Net on both sides: {net}</source>
        <translation>दोनों तरफ़ का शुद्ध: {net}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>tally_page</name>
    <message>
        <source>invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>debit notes</source>
        <translation>डेबिट नोट</translation>
    </message>
    <message>
        <source>credit notes (GST and financial)</source>
        <translation>क्रेडिट नोट (GST वाले और वित्तीय)</translation>
    </message>
    <message>
        <source>money received, allocated bill by bill</source>
        <translation>मिला पैसा, बिल-दर-बिल लगाया गया</translation>
    </message>
    <message>
        <source>refunds, bounced cheques, payments to suppliers, expenses</source>
        <translation>वापसी, बाउंस हुए चेक, सप्लायरों को भुगतान, खर्च</translation>
    </message>
    <message>
        <source>write-offs, contra settlements, cheque charges, entries without a document</source>
        <translation>बट्टे खाते, कॉन्ट्रा हिसाब, चेक शुल्क, बिना दस्तावेज़ की एंट्री</translation>
    </message>
    <message>
        <source>purchase bills</source>
        <translation>खरीद बिल</translation>
    </message>
    <message>
        <source>money moved between the shop&apos;s cash and bank accounts</source>
        <translation>दुकान के नकद और बैंक खातों के बीच ले जाया गया पैसा</translation>
    </message>
    <message>
        <source>Export to Tally (XML)…</source>
        <translation>Tally में एक्सपोर्ट करें (XML)…</translation>
    </message>
    <message>
        <source>{0:,} vouchers, {1:,} ledgers</source>
        <translation>{0:,} वाउचर, {1:,} लेजर</translation>
    </message>
    <message>
        <source> {0:,} customer ledgers carry opening balances dated in the period ({1}, bill by bill).</source>
        <translation> {0:,} ग्राहक लेजरों में अवधि की तारीख वाले शुरुआती बैलेंस हैं ({1}, बिल-वार)।</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{vouchers:,} vouchers&lt;/b&gt; and &lt;b&gt;{0:,} ledgers&lt;/b&gt; for {1} to {2}, for the company &lt;b&gt;{3}&lt;/b&gt;. {cancelled_left_out:,} cancelled documents are left out (each is reversed on its own day, so it moves nothing).{opening_text} Ledger names are set in Settings › Tally.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{1} से {2} के लिए, कंपनी &lt;b&gt;{3}&lt;/b&gt; के लिए &lt;b&gt;{vouchers:,} वाउचर&lt;/b&gt; और &lt;b&gt;{0:,} लेजर&lt;/b&gt;। {cancelled_left_out:,} रद्द दस्तावेज़ छोड़े गए हैं (हर एक उसी दिन उलटा होता है, इसलिए कुछ नहीं बदलता)।{opening_text} लेजर के नाम सेटिंग्स › Tally में तय होते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(the one open in Tally)</source>
        <translation>(जो Tally में खुली है)</translation>
    </message>
    <message>
        <source>The Tally file with {count:,} vouchers</source>
        <translation>{count:,} वाउचर वाली Tally फ़ाइल</translation>
    </message>
</context>
<context>
    <name>tally_settings</name>
    <message>
        <source>Ledger names for the Tally export</source>
        <translation>Tally एक्सपोर्ट के लिए लेजर के नाम</translation>
    </message>
    <message>
        <source>The export (Reports › Export to Tally) creates these ledgers in Tally and posts to them. Write {rate} where the GST rate goes in the sales ledgers&apos; name. Leave the company empty to import into the company open in Tally.</source>
        <translation>एक्सपोर्ट (रिपोर्ट › Tally में एक्सपोर्ट) Tally में ये लेजर बनाता है और इनमें पोस्ट करता है। बिक्री लेजर के नाम में जहाँ जीएसटी दर आए वहाँ {rate} लिखें। Tally में खुली कंपनी में इम्पोर्ट करने के लिए कंपनी खाली छोड़ें।</translation>
    </message>
    <message>
        <source>(the company open in Tally)</source>
        <translation>(Tally में खुली कंपनी)</translation>
    </message>
    <message>
        <source>Save Tally ledger names</source>
        <translation>Tally लेजर के नाम सहेजें</translation>
    </message>
    <message>
        <source>Not saved: see the names marked.</source>
        <translation>सहेजा नहीं गया: निशान लगे नाम देखें।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Company in Tally</source>
        <translation>Tally में कंपनी</translation>
    </message>
    <message>
        <source>Sales by GST rate</source>
        <translation>जीएसटी दर के अनुसार बिक्री</translation>
    </message>
    <message>
        <source>Zero-rated sales</source>
        <translation>शून्य-दर (ज़ीरो-रेटेड) बिक्री</translation>
    </message>
    <message>
        <source>Nil-rated sales</source>
        <translation>शून्य दर (निल-रेटेड) बिक्री</translation>
    </message>
    <message>
        <source>Exempt sales</source>
        <translation>छूट वाली बिक्री</translation>
    </message>
    <message>
        <source>Non-GST sales</source>
        <translation>गैर-जीएसटी बिक्री</translation>
    </message>
    <message>
        <source>Imported sales (no lines)</source>
        <translation>इम्पोर्ट की गई बिक्री (पंक्तियाँ नहीं)</translation>
    </message>
    <message>
        <source>Output CGST</source>
        <translation>आउटपुट CGST</translation>
    </message>
    <message>
        <source>Output SGST / UTGST</source>
        <translation>आउटपुट SGST / UTGST</translation>
    </message>
    <message>
        <source>Output IGST</source>
        <translation>आउटपुट IGST</translation>
    </message>
    <message>
        <source>Reverse-charge GST billed</source>
        <translation>रिवर्स चार्ज पर बिल किया गया जीएसटी</translation>
    </message>
    <message>
        <source>Round-off</source>
        <translation>राउंड-ऑफ़</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट (डिस्काउंट)</translation>
    </message>
    <message>
        <source>Cash (the account cash payments reach)</source>
        <translation>नकद (वह खाता जहाँ नकद भुगतान पहुँचते हैं)</translation>
    </message>
    <message>
        <source>Bank (for Bank (not yet set))</source>
        <translation>बैंक (&quot;Bank (not yet set)&quot; के लिए)</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>बट्टे खाते</translation>
    </message>
    <message>
        <source>Cheque return charges</source>
        <translation>चेक वापसी शुल्क</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>खरीद</translation>
    </message>
    <message>
        <source>GST on purchases</source>
        <translation>खरीद पर जीएसटी</translation>
    </message>
    <message>
        <source>Input CGST (expenses&apos; GST bills)</source>
        <translation>इनपुट CGST (खर्चों के जीएसटी बिल)</translation>
    </message>
    <message>
        <source>Input SGST (expenses&apos; GST bills)</source>
        <translation>इनपुट SGST (खर्चों के जीएसटी बिल)</translation>
    </message>
    <message>
        <source>Input IGST (expenses&apos; GST bills)</source>
        <translation>इनपुट IGST (खर्चों के जीएसटी बिल)</translation>
    </message>
    <message>
        <source>Entries without a document</source>
        <translation>बिना दस्तावेज़ की एंट्री</translation>
    </message>
    <message>
        <source>Payable ledger ends with</source>
        <translation>देय लेजर के नाम का अंत</translation>
    </message>
</context>
<context>
    <name>totals_panel</name>
    <message>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
</context>
<context>
    <name>untick_dialog</name>
    <message>
        <source>Reconciled entries: {account}</source>
        <translation>मिलान हुई एंट्री: {account}</translation>
    </message>
    <message>
        <source>Entries ticked as in the passbook. Select one ticked by mistake and un-tick it: it is listed as not reconciled again.</source>
        <translation>पासबुक में होने के निशान वाली एंट्री। गलती से निशान लगी एंट्री चुनें और निशान हटाएँ: वह फिर से बिना मिलान वाली सूची में आ जाएगी।</translation>
    </message>
    <message>
        <source>Bank date</source>
        <translation>बैंक की तारीख</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>In</source>
        <translation>आया</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>गया</translation>
    </message>
    <message>
        <source>Un-tick selected</source>
        <translation>चुनी हुई से निशान हटाएँ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Select the entries ticked by mistake, then un-tick them.</source>
        <translation>गलती से निशान लगी एंट्री चुनें, फिर निशान हटाएँ।</translation>
    </message>
    <message>
        <source>{count} entries un-ticked.</source>
        <translation>{count} एंट्री से निशान हटाया गया।</translation>
    </message>
</context>
<context>
    <name>unusual_date</name>
    <message>
        <source>Check the date</source>
        <translation>तारीख जाँचें</translation>
    </message>
    <message>
        <source>{reason}

Save the document with this date?</source>
        <translation>{reason}

दस्तावेज़ इसी तारीख से सहेजें?</translation>
    </message>
    <message>
        <source>The day&apos;s cash is closed</source>
        <translation>दिन का नकद बंद है</translation>
    </message>
    <message>
        <source>{reason}

No app password is set. Save the document on the closed day anyway?</source>
        <translation>{reason}

ऐप का कोई पासवर्ड तय नहीं है। फिर भी दस्तावेज़ बंद दिन पर सहेजें?</translation>
    </message>
    <message>
        <source>{reason}

Type the app password.</source>
        <translation>{reason}

ऐप का पासवर्ड लिखें।</translation>
    </message>
</context>
<context>
    <name>walk_in_fields</name>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>खरीदार का नाम</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>State…</source>
        <translation>राज्य…</translation>
    </message>
    <message>
        <source>Walk-in buyer (required from ₹50,000):</source>
        <translation>फुटकर खरीदार (₹50,000 से ज़रूरी):</translation>
    </message>
</context>
</TS>
