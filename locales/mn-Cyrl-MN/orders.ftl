# Үйлчилгээний захиалга (点单/派单, docs/orders.md): эмэгтэй хүн эсвэл олон нийт өөрийн газарт лекц,
# явуулын багийн айлчлал эсвэл «арван хүргэлт» арга хэмжээ захиална; Эмэгтэйчүүдийн холбоо
# эмэгтэйчүүдийн гэр эсвэл явуулын үйлчилгээний багийг томилно; баг юу хийснээ бүртгэнэ.

## Юу захиалж болох вэ
orders-kind-lecture_teaching = Сургалтын лекц
orders-kind-lecture_thematic = Сэдэвчилсэн лекц
orders-kind-lecture_service = Үйлчилгээний лекц
orders-kind-lecture_activity = Арга хэмжээний лекц
orders-kind-lecture_publicity = Сурталчилгааны лекц
orders-kind-team_visit = Явуулын багийн айлчлал / зөвлөгөөний өдөр
orders-kind-ten_deliveries = «Арван хүргэлт» арга хэмжээ

orders-topic-rights_law = Эрх ба хууль
orders-topic-family_education = Гэр бүлийн хүмүүжил
orders-topic-marriage_family = Гэрлэлт ба гэр бүл
orders-topic-mental_health = Сэтгэцийн эрүүл мэнд
orders-topic-health = Эрүүл мэнд
orders-topic-employment = Ажил ба өөрийн бизнес
orders-topic-literacy = Шинжлэх ухаан, санхүүгийн мэдлэг
orders-topic-rural_revitalisation = Хөдөөг сэргээх
orders-topic-care_elderly_children = Ахмад настан, хүүхдэд анхаарал

orders-place-gacha = Гацаа / тосгон
orders-place-community = Хороолол
orders-place-school = Сургууль
orders-place-enterprise = Аж ахуйн нэгж

orders-language-mongolian = Монгол хэл
orders-language-chinese = Хятад хэл
orders-language-bilingual = Монгол, хятад хоёр хэл
orders-language-other = Өөр хэл

orders-format-on_site = Газар дээр нь
orders-format-online = Цахимаар

orders-point-fixed_home = Эмэгтэйчүүдийн гэр
orders-point-mobile_team = Явуулын үйлчилгээний баг

## Захиалга хаана явж байна
orders-state-requested = Баг хүлээж байна
orders-state-dispatched = Багт санал болгосон
orders-state-scheduled = Өдөр нь батлагдсан
orders-state-delivered = Болсон, бүртгэл хүлээж байна
orders-state-recorded = Болсон, бүртгэгдсэн
orders-state-cancelled = Цуцлагдсан

## Багийг яагаад санал болгож байна (мөн reason-region, reason-language, reason-load, reason-full)
orders-reason-travels = тэнд явдаг
orders-reason-topic = сэдвийг заадаг
orders-reason-online = цахимаар хийж чадна

## Захиалга эсвэл бүртгэлд буруу зүйл: эхлээд талбар, дараа нь алдаа
orders-field-kind = Захиалсан үйлчилгээ
orders-field-topic = Сэдэв
orders-field-region = Нутаг
orders-field-place_kind = Газрын төрөл
orders-field-place_name = Газрын нэр
orders-field-language = Хэл
orders-field-format = Газар дээр нь эсвэл цахимаар
orders-field-audience = Ирэх хүний тоо
orders-field-preferred_dates = Хүссэн өдрүүд
orders-field-contact_name = Холбоо барих хүний нэр
orders-field-contact_phone = Холбоо барих утас
orders-field-topics = Орсон сэдвүүд
orders-field-held_on = Арга хэмжээний өдөр
orders-field-scheduled_on = Тохиролцсон арга хэмжээний өдөр
orders-field-attendees = Оролцогчдын тоо
orders-field-women_helped = Ганцаарчлан тусламж авсан эмэгтэйчүүдийн тоо
orders-field-notes = Тэмдэглэл
orders-field-case_ids = Холбогдох хэргүүд

orders-invalid = Энэ захиалга эсвэл бүртгэлд буруу зүйл байна. Шалгаад дахин оролдоно уу.
orders-invalid-unknown = { $field }: санал болгосон сонголтуудаас нэгийг сонгоно уу.
orders-invalid-missing = { $field }: үүнийг заавал бөглөнө.
orders-invalid-too_long = { $field }: хэт урт байна. Товчилно уу.
orders-invalid-not_a_number = { $field }: бүхэл тоог цифрээр бичнэ үү, жишээ нь 40.
orders-invalid-too_small = { $field }: тоо хэт бага байна.
orders-invalid-too_large = { $field }: тоо хэт их байна.
orders-invalid-too_many = { $field }: гурваас илүүгүйг бичнэ үү.
orders-invalid-not_a_date = { $field }: огноо бичнэ үү, жишээ нь 2026-05-20.
orders-invalid-in_past = { $field }: энэ өдөр өнгөрсөн байна. Дараагийн өдрийг бичнэ үү.
orders-invalid-too_far = { $field }: энэ өдөр хэт хол байна. Нэг жилийн дотор өдөр бичнэ үү.
orders-invalid-in_future = { $field }: энэ өдөр хараахан болоогүй байна. Арга хэмжээг болсны дараа бүртгэнэ.
orders-invalid-before_order = { $field }: энэ өдөр захиалга өгөхөөс өмнө байна. Арга хэмжээ болсон өдрийг бичнэ үү.
orders-invalid-more_than_attendees = { $field }: оролцогчдын тооноос их байж болохгүй.

## Ажилтанд мэдэгдэл
orders-staff-new = Шинэ үйлчилгээний захиалга { $reference }: { $kind }, { $topic }, { $region }, ойролцоогоор { $audience } хүн. Баг хүлээж байна.
orders-staff-offered = Үйлчилгээний захиалга { $reference } таны багт санал болгогдлоо: { $kind }, { $topic }, { $region }, ойролцоогоор { $audience } хүн. Өдөр, цаг, газрыг нь тохируулж хүлээн авна уу, эсвэл шалтгааныг нь бичээд татгалзана уу.
orders-staff-declined = Үйлчилгээний захиалга { $reference }-аас { $team } татгалзлаа: { $reason }. Өөр баг хүлээж байна.
orders-staff-cancelled = Үйлчилгээний захиалга { $reference } цуцлагдлаа: { $reason }.

## Захиалсан хүнд мэдэгдэл (түүний хэлээр)
orders-notice-scheduled = Таны захиалга { $reference } батлагдлаа: { $team } { $when }-д { $venue }-д ирнэ.
orders-notice-rescheduled = Таны захиалга { $reference } шинэ өдөртэй боллоо: { $when }, газар: { $venue }.
orders-notice-rearranging = Таны захиалга { $reference }: баг тохирсон өдөр ирж чадахгүй болсон. Бид өөр баг хайж байгаа бөгөөд шинэ өдрийг танд мэдэгдэнэ.
orders-notice-cancelled = Таны захиалга { $reference } цуцлагдлаа: { $reason }.
orders-notice-recorded = Баярлалаа: таны захиалга { $reference }-ийн арга хэмжээ болж, бүртгэгдлээ ({ $attendees } оролцогч).

## Татгалзал
orders-error-not-found = Ийм дугаартай захиалга алга. Шалгаад дахин оролдоно уу.
orders-error-stale = Энэ захиалгыг өөр хүн зэрэг өөрчилсөн байна. Дахин харна уу.
