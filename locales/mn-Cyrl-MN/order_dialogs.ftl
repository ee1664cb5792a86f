# Үйлчилгээний захиалгын харилцан яриа (bot/dialogs/orders.py, bot/dialogs/order_staff.py, docs/orders.md).

## Түүний цэс
menu-order = Манай газарт үйлчилгээ захиалах
menu-my-orders = Миний үйлчилгээний захиалга

## Захиалга, алхам алхмаар
order-ask-kind = Та өөрийн газартаа юу захиалах вэ?
order-ask-topic = Ямар сэдвээр?
order-ask-region = Тэр газар аль нутагт байдаг вэ?
order-ask-place-kind = Ямар газар вэ?
order-ask-place-name = Газрын нэрийг бичнэ үү: гацаа, хороолол, сургууль эсвэл аж ахуйн нэгж.
order-ask-dates = Аль өдрүүд тохиромжтой вэ? Гурав хүртэлх өдрийг бичнэ үү, жишээ нь 2026-12-20, 12 сарын 20 эсвэл «маргааш». Эсвэл «Өдөр хамаагүй»-г дарна уу.
order-button-no-dates = Өдөр хамаагүй
order-ask-audience = Ойролцоогоор хэдэн хүн ирэх вэ? Тоогоор бичнэ үү, жишээ нь 40.
order-audience-many = Төлөвлөхийн тулд бидэнд тоо хэрэгтэй, ойролцоо байсан ч болно: жишээ нь 40 эсвэл 100.
order-ask-language = Ямар хэлээр явуулах вэ?
order-ask-format = Газар дээр нь уу, онлайнаар уу?
order-ask-contact = Баг хэнтэй холбогдох вэ? Нэр, утасны дугаараа бичнэ үү, эсвэл «Холбоо барихгүй»-г дарна уу. Холбоо барих мэдээлэл үлдээвэл захиалгаа хянах PIN код авна.
order-button-no-contact = Холбоо барихгүй
order-review =
    Захиалгаа шалгана уу:
    { $kind }
    Сэдэв: { $topic }
    Газар: { $place_kind }, { $place }, { $region }
    Өдрүүд: { $dates }
    Хүний тоо: { $audience }
    Хэл: { $language }, { $format }
    Холбоо барих: { $contact }
order-review-no-dates = хамаагүй
order-review-no-contact = байхгүй
order-placed = Баярлалаа. Таны захиалгыг бүртгэлээ: { $reference }. Эмэгтэйчүүдийн холбоо баг олж, өдрийг нь энд танд мэдэгдэнэ. Захиалгаа хянахын тулд дугаарыг хадгална уу.
order-placed-pin = Энэ захиалгын PIN код: { $pin }. Хэнд ч бүү хэлээрэй: дугаартай хамт таны захиалгыг нээнэ. Дахин харуулахгүй.
order-credentials-not-kept = Энэ нь захиалгын дугаар, PIN код шиг харагдаж байгаа тул хадгалаагүй. Захиалгаа харах бол «Миний үйлчилгээний захиалга»-г дарна уу.

## Түүний захиалгууд
order-mine-none = Энэ яриагаар өгсөн үйлчилгээний захиалга алга.
order-mine-list =
    Таны үйлчилгээний захиалгууд:
    { $lines }
    Нээх бол нэгийг нь дарна уу.
order-mine-line = { $reference } · { $state }
order-ask-pin = { $reference } захиалгын PIN кодыг бичнэ үү.
order-card =
    Захиалга { $reference }: { $state }
    { $kind }, { $topic }
    Газар: { $place_kind }, { $place }, { $region }
    Хүний тоо: { $audience } · { $language } · { $format }
    { $schedule }
order-card-when = Өдөр: { $when }, газар: { $venue }
order-card-no-date = Өдөр хараахан тогтоогоогүй.
order-button-cancel = Энэ захиалгыг цуцлах
order-ask-cancel-reason = Яагаад цуцалж байна вэ? Хэдэн үг хангалттай.
order-cancelled = { $reference } захиалгыг цуцаллаа.
order-not-now = { $reference } захиалга одоо «{ $state }» байна: үүнийг хийх боломжгүй болсон.
order-button-erase = Энэ захиалга дахь миний мэдээллийг устгах
order-erase-confirm = { $reference } захиалга дууссан. Таны нэр, утас, таны бичсэн газрыг үүнээс устгах уу? Багийн арга хэмжээний бүртгэл тэдгээргүйгээр үлдэнэ. Үүнийг буцаах боломжгүй.
order-erased = { $reference } захиалгаас таны мэдээллийг устгалаа.
order-button-back = Цэс рүү буцах

## Ажилтнууд: жагсаалт
staff-menu-orders = Үйлчилгээний захиалга
orders-staff-waiting-title = Баг хүлээж буй үйлчилгээний захиалга
orders-staff-team-title = Танай багт байгаа үйлчилгээний захиалга
orders-staff-found-title = Олдсон үйлчилгээний захиалга
orders-staff-list =
    { $title } ({ $count }):
    { $lines }
orders-staff-list-empty = { $title }: алга.
orders-staff-line = { $reference } · { $state } · { $kind } · { $topic } · { $region } · { $audience }
orders-staff-filters-help =
    /orders-ийн шүүлтүүр (удирдагч): region=, kind=, topic=, state=
    Төрөл: { $kinds }
    Сэдэв: { $topics }
    Төлөв: { $states }
    Нутаг: { $regions }
orders-staff-filters-supervisors = Шүүлтүүр нь удирдагчдад зориулагдсан. Таны нутагт хүлээгдэж буй захиалгууд энд байна.
orders-staff-usage = Захиалгын дугаарыг бичнэ үү, жишээ нь: /order HLO-2026-000001
orders-staff-not-found = Таны харж болох { $reference } захиалга алга.

## Ажилтнууд: карт
orders-staff-card =
    Захиалга { $reference }: { $state }
    { $kind }, { $topic }
    Газар: { $place_kind }, { $place }, { $region }
    Хүний тоо: { $audience } · { $language } · { $format }
    Хүссэн өдрүүд: { $dates }
    Холбоо барих: { $contact }
    Баг: { $team }
    { $schedule }
orders-staff-no-team = хараахан алга
orders-staff-suggestions =
    Санал болгож буй багууд:
    { $lines }
orders-staff-suggestion = { $team }: { $reasons }
orders-staff-no-suggestion = Одоогоор аль ч баг авч чадахгүй.
orders-staff-button-dispatch = Илгээх: { $team }
orders-staff-button-accept = Хүлээн авах (өдөр, цаг, газар)
orders-staff-button-decline = Татгалзах
orders-staff-button-reschedule = Шинэ өдөр
orders-staff-button-record = Арга хэмжээг бүртгэх
orders-staff-button-cancel = Захиалгыг цуцлах
orders-staff-dispatched = { $reference } захиалгыг илгээлээ: { $team }.

## Ажилтнууд: маягт
orders-staff-ask-date = Аль өдөр? Жишээ нь 2026-12-20 эсвэл 20.12.
orders-staff-ask-time = Хэдэн цагт? Жишээ нь 14:30.
orders-staff-ask-venue = Яг хаана: танхим, хаяг эсвэл холбоос?
orders-staff-ask-reason = Яагаад? Хэдэн үгээр.
orders-staff-ask-held-on = Аль өдөр болсон бэ? Жишээ нь 2026-12-20 эсвэл «өнөөдөр».
orders-staff-ask-place = Хаана болсон бэ (газрын нэр)?
orders-staff-ask-spot-kind = Ямар арга хэмжээ болсон бэ?
orders-staff-ask-spot-language = Ямар хэлээр явуулсан бэ?
orders-staff-ask-format = Газар дээр нь уу, онлайнаар уу?
orders-staff-ask-attendees = Хэдэн оролцогч (хүн-удаа) байсан бэ? Тоогоор бичнэ үү, жишээ нь 45.
orders-staff-ask-women-helped = Хэдэн эмэгтэйд тус тусад нь тусалсан бэ? Тоогоор; байхгүй бол 0.
orders-staff-ask-topics = Ямар сэдвүүдийг хамарсан бэ? Тус бүрийг дараад «Болсон»-г дарна уу. Сонгосон: { $chosen }
orders-staff-ask-notes = Тэмдэглэл (заавал биш): юу болсон, юу асуусан. Эсвэл «Алгасах»-г дарна уу.
orders-staff-button-done = Болсон
orders-staff-button-skip = Алгасах
orders-staff-not-a-time = Цагийг бичнэ үү, жишээ нь 14:30.
orders-staff-accepted = { $reference } захиалгын өдрийг тогтоолоо; захиалсан хүнд мэдэгдлээ.
orders-staff-declined-done = { $reference } захиалга нутгийн операторуудад буцлаа: тэд өөр багт илгээнэ.
orders-staff-cancelled-done = { $reference } захиалгыг цуцаллаа.
orders-staff-recorded = { $reference } захиалгын арга хэмжээг бүртгэлээ: { $attendees } оролцогч, тус тусад нь { $helped } эмэгтэйд тусалсан.
orders-staff-form-cancelled = Юу ч өөрчлөгдсөнгүй.
orders-staff-spot-recorded = Арга хэмжээг бүртгэлээ (газар дээр нь, захиалгагүй): { $attendees } оролцогч, тус тусад нь { $helped } эмэгтэйд тусалсан.
orders-staff-spot-no-team = Захиалгагүй арга хэмжээг түүнийг зохион байгуулсан гэр эсвэл багийн гишүүн бүртгэнэ: таны бүртгэл аль нэгэнд нь хамаарахгүй.

## Ажилтнууд: татгалзал
orders-staff-refused = { $reference } захиалгад үүнийг хийх боломжгүй: { $why }
orders-why-not_team = өөр багт байгаа.
orders-why-other_region = таны хариуцдаггүй нутагт байна.
orders-why-role = таны үүрэг үүнийг зөвшөөрөхгүй.
orders-why-date_in_past = энэ өдөр, цаг өнгөрсөн.
orders-staff-time-passed = Өнөөдрийн энэ цаг аль хэдийн өнгөрсөн. Илүү хожуу цаг бичих эсвэл «Цуцлах»-ыг дарж өөр өдөр сонгоно уу.
orders-why-team_unknown = энэ баг ажиллахгүй байна.
orders-why-out_of_reach = энэ баг тэр бүс нутагт газар дээрх арга хэмжээнд явдаггүй; зөвхөн удирдагч тийш илгээж болно.
orders-why-not_visible = та үүнийг харах эрхгүй.
orders-why-not_orderer = энэ таны захиалга биш.
orders-why-missing = ямар нэг зүйл дутуу байна.

## Ажилтнууд: арга хэмжээ
orders-staff-events =
    { $first }-аас { $last } хүртэл болсон арга хэмжээ ({ $count }):
    { $lines }
orders-staff-events-none = { $first }-аас { $last } хүртэл бүртгэсэн арга хэмжээ алга.
orders-staff-event-line = { $date } · { $kind } · { $region } · { $attendees } оролцогч · { $helped } тусламж · { $format }
orders-staff-events-usage = Жишээ нь: /events from=2026-01-01 to=2026-12-31 region=hailar kind=team_visit topic=health
orders-staff-events-unread = «{ $part }»-г уншиж чадсангүй.
orders-staff-events-period-reversed = Хугацааны төгсгөл эхлэлээсээ өмнө байна.
orders-staff-events-supervisors = /events нь удирдагчдад зориулагдсан.
orders-staff-figures =
    { $first }-аас { $last } хүртэлх үзүүлэлт, { $scope }:
    Суурин эмэгтэйчүүдийн гэр: { $homes } · явуулын баг: { $teams }
    Лекц: { $lectures } ({ $by_kind })
    Арга хэмжээ: { $events } (онлайн: { $online }; захиалгаар: { $ordered }, газар дээр нь: { $spot }) · хүн-удаа: { $person_times }
    Тусламж авсан эмэгтэйчүүд: { $helped } (хэрэг: { $cases }, арга хэмжээн дээр: { $at_events })
orders-staff-figures-kind = { $kind }: { $count }
orders-staff-figures-scope-all = таны бүх бүс нутаг
orders-staff-figures-not-yours = { $region } таны бүс нутаг биш: та зөвхөн өөрийн бүс нутгийн үзүүлэлтийг харна.

orders-staff-ask-photos = Арга хэмжээний зураг (заавал биш): энд нэг эсвэл хэдийг илгээгээд «Болсон»-г дарна уу. { $count ->
    [0] Одоогоор зураг хадгалаагүй.
   *[other] Хадгалсан зураг: { $count }.
}
orders-staff-button-photos-done = Болсон
orders-staff-photos-only = Энд зөвхөн зураг хадгална: зураг илгээх эсвэл «Болсон»-г дарна уу.
orders-staff-photos-full = Нэг арга хэмжээнд { $limit }-аас илүү зураг хадгалахгүй.
orders-staff-ask-cases = Арга хэмжээн дээр эмэгтэй хүн өөрийн асуудлаар тусламж хүссэн үү? Түүнд одоо хэрэг нээнэ үү (12338 маягтын асуултууд; энэ арга хэмжээтэй холбогдоно), эсвэл «Болсон»-г дарна уу. Нээсэн хэрэг: { $count } ({ $references })
orders-staff-button-open-case = Эмэгтэйн хэрэг нээх
orders-staff-button-cases-done = Болсон
orders-staff-button-case-stop = Зогсох: энэ хэргийг нээхгүй
orders-staff-case-intro = Арга хэмжээн дээр уулзсан эмэгтэйн хэрэг: 12338 маягтын асуултууд дараах байна (энд «дуудлага» гэдэг нь түүнтэй хийсэн таны яриа).
orders-staff-case-needs-answer = Хариултаа бичих эсвэл «Зогсох»-г дарна уу.
orders-staff-case-not-opened = Хэрэг нээгээгүй.
orders-staff-case-opened = Түүнд { $reference } хэрэг нээгдэж, энэ арга хэмжээтэй холбогдоно. Түүний PIN: { $pin } (биечлэн хэлээрэй; бусдын уншиж болох газар бичиж өгөхгүй).
