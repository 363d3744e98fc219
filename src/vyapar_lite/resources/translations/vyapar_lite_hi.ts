<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
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
    <name>advance_offer</name>
    <message>
        <source>Advance not used</source>
        <translation>अग्रिम जो इस्तेमाल नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>ageing_page</name>
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
</context>
<context>
    <name>allocation_table</name>
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
        <source>App password saved.</source>
        <translation>ऐप का पासवर्ड सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>audit_screen</name>
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
        <source>Could not verify the audit trail: {message}</source>
        <translation>ऑडिट ट्रेल की जाँच नहीं हो सकी: {message}</translation>
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
        <source>Keep the last:</source>
        <translation>आखिरी इतने रखें:</translation>
    </message>
    <message>
        <source>Encrypt backups with a password</source>
        <translation>बैकअप पासवर्ड से सुरक्षित (एन्क्रिप्ट) करें</translation>
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
        <source>Saved. {text}</source>
        <translation>सहेजा गया। {text}</translation>
    </message>
</context>
<context>
    <name>cheque_dialogs</name>
    <message>
        <source>&amp;On</source>
        <translation>तारीख (&amp;O)</translation>
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
        <source>Description</source>
        <translation>विवरण</translation>
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
        <source>Customer</source>
        <translation>ग्राहक</translation>
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
</context>
<context>
    <name>copies_choice</name>
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
        <source>Override the credit limit</source>
        <translation>उधार सीमा से छूट</translation>
    </message>
    <message>
        <source>Why may this sale cross the customer&apos;s credit limit?</source>
        <translation>यह बिक्री ग्राहक की उधार सीमा क्यों पार कर सकती है?</translation>
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
        <source>Not changed</source>
        <translation>बदला नहीं गया</translation>
    </message>
</context>
<context>
    <name>customer_form</name>
    <message>
        <source>a new customer {0}</source>
        <translation>नया ग्राहक {0}</translation>
    </message>
    <message>
        <source>changes to customer {0} {1}</source>
        <translation>ग्राहक {0} {1} में बदलाव</translation>
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
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deactivate customer</source>
        <translation>ग्राहक निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>बदला नहीं गया</translation>
    </message>
</context>
<context>
    <name>customer_picker</name>
    <message>
        <source>Type a name, code, phone or city…</source>
        <translation>नाम, कोड, फ़ोन या शहर लिखें…</translation>
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
    <name>dashboard</name>
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
    <name>doc_window</name>
    <message>
        <source>&lt;h2&gt;{heading}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{heading}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Not {what}</source>
        <translation>{what} नहीं हुआ</translation>
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
    <name>excel_transfer</name>
    <message>
        <source>Import {noun} from {file_name}</source>
        <translation>{file_name} से {noun} इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Problems ({0:,})</source>
        <translation>समस्याएँ ({0:,})</translation>
    </message>
    <message>
        <source>Warnings ({0:,})</source>
        <translation>चेतावनियाँ ({0:,})</translation>
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
        <source>New GST rate</source>
        <translation>नई जीएसटी दर</translation>
    </message>
    <message>
        <source>Rate in percent (e.g. 18 or 0.25):</source>
        <translation>दर प्रतिशत में (जैसे 18 या 0.25):</translation>
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
        <source>{0} ({1} to {2}) · 3.1 (a) taxable &lt;b&gt;{3}&lt;/b&gt; · tax &lt;b&gt;{4}&lt;/b&gt;</source>
        <translation>{0} ({1} से {2}) · 3.1 (a) कर योग्य &lt;b&gt;{3}&lt;/b&gt; · कर &lt;b&gt;{4}&lt;/b&gt;</translation>
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
    <name>inputs</name>
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
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
</context>
<context>
    <name>insights_page</name>
    <message>
        <source>As of</source>
        <translation>इस तारीख तक</translation>
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
    <name>item_form</name>
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
</context>
<context>
    <name>items_screen</name>
    <message>
        <source>Deactivate item</source>
        <translation>सामान निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>बदला नहीं गया</translation>
    </message>
</context>
<context>
    <name>list_page</name>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;</translation>
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
</context>
<context>
    <name>mode_fields</name>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>e.g. SBI, Laxmi Road</source>
        <translation>जैसे SBI, लक्ष्मी रोड</translation>
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
</context>
<context>
    <name>note_dialogs</name>
    <message>
        <source>a credit note against {0} for {1}</source>
        <translation>{1} के लिए {0} पर क्रेडिट नोट</translation>
    </message>
    <message>
        <source>a debit note against {0} for {1}</source>
        <translation>{1} के लिए {0} पर डेबिट नोट</translation>
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
        <source>Not saved: correct the fields marked in red.</source>
        <translation>सहेजा नहीं गया: लाल निशान वाले खाने ठीक करें।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
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
</context>
<context>
    <name>order_dialog</name>
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
    <name>outstanding_page</name>
    <message>
        <source>All customers (or type a name, code, phone…)</source>
        <translation>सभी ग्राहक (या नाम, कोड, फ़ोन लिखें…)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>सभी ग्राहक</translation>
    </message>
</context>
<context>
    <name>pack_page</name>
    <message>
        <source>Export the pack to Excel…</source>
        <translation>पैक Excel में एक्सपोर्ट करें…</translation>
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
</context>
<context>
    <name>payment_out_form</name>
    <message>
        <source>A&amp;uto</source>
        <translation>अपने-आप (&amp;U)</translation>
    </message>
    <message>
        <source>Spread the amount over the bills, oldest due first</source>
        <translation>रकम को बिलों पर बाँटें, सबसे पुराना देय पहले</translation>
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
</context>
<context>
    <name>pdc_register</name>
    <message>
        <source>PDC register — post-dated cheques</source>
        <translation>PDC रजिस्टर — आगे की तारीख वाले चेक</translation>
    </message>
    <message>
        <source>Show cleared, bounced and cancelled cheques too</source>
        <translation>क्लियर, बाउंस और रद्द हुए चेक भी दिखाएँ</translation>
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
        <source>Description</source>
        <translation>विवरण</translation>
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
    <name>reallocate_dialog</name>
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
</context>
<context>
    <name>reason_dialog</name>
    <message>
        <source>Required, e.g. wrong customer, billed twice</source>
        <translation>ज़रूरी, जैसे गलत ग्राहक, दो बार बिल बना</translation>
    </message>
</context>
<context>
    <name>receipt_summary</name>
    <message>
        <source>Kept {0}</source>
        <translation>रखा गया {0}</translation>
    </message>
</context>
<context>
    <name>refund_dialog</name>
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
    <name>reminder_dialog</name>
    <message>
        <source>Send a reminder</source>
        <translation>याद दिलाने का संदेश भेजें</translation>
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
        <source>{place}&lt;b&gt;{customer_code} · {customer_name}&lt;/b&gt; ({owes})</source>
        <translation>{place}&lt;b&gt;{customer_code} · {customer_name}&lt;/b&gt; ({owes})</translation>
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
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Work the report out again (F5)</source>
        <translation>रिपोर्ट फिर से निकालें (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>A long printout</source>
        <translation>लंबा प्रिंट</translation>
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
        <translation>किसी महीने या तिमाही की जावक आपूर्तियाँ: तालिका 3.1 और 3.2, GSTR-1 की तालिकाओं से।</translation>
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
        <source>GST returns</source>
        <translation>जीएसटी रिटर्न</translation>
    </message>
    <message>
        <source>Export to Tally</source>
        <translation>Tally में एक्सपोर्ट</translation>
    </message>
    <message>
        <source>GSTR-1 and GSTR-3B (outward) for a month or a quarter, and what is not ready.</source>
        <translation>किसी महीने या तिमाही के GSTR-1 और GSTR-3B (जावक), और जो अभी तैयार नहीं है।</translation>
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
</context>
<context>
    <name>restore_dialog</name>
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
        <source>Pick the backup to restore:</source>
        <translation>वापस लाने के लिए बैकअप चुनें:</translation>
    </message>
    <message>
        <source>The password is wrong for this backup. Type it again.</source>
        <translation>इस बैकअप के लिए पासवर्ड गलत है। फिर से लिखें।</translation>
    </message>
</context>
<context>
    <name>returns_page</name>
    <message>
        <source>Mark filed and close the books</source>
        <translation>रिटर्न भरा मार्क करें और बही बंद करें</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>अभी नहीं</translation>
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
</context>
<context>
    <name>sales_list</name>
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
</context>
<context>
    <name>settle_dialog</name>
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
        <source>Password of {name}:</source>
        <translation>{name} का पासवर्ड:</translation>
    </message>
</context>
<context>
    <name>stock_dialog</name>
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
</context>
<context>
    <name>tally_page</name>
    <message>
        <source>Export to Tally (XML)…</source>
        <translation>Tally में एक्सपोर्ट करें (XML)…</translation>
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
