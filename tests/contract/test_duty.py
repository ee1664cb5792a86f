"""`/duty on|off` (docs/clock.md, "Emergencies"): the same on the fake, SQLite and PostgreSQL."""

from __future__ import annotations


async def test_setting_off_duty_takes_her_out_of_the_on_duty_addresses_and_on_duty_puts_her_back(backend):
    her = await backend.person("web:op", locale="en")
    await backend.staff(her, regions=("hailar",))
    gone = await backend.person("web:gone")
    await backend.staff(gone, regions=("hailar",), active=False)
    async with backend.uow() as uow:
        assert await uow.staff.is_on_duty(her)
        assert await uow.staff.set_on_duty(her, False)
        assert not await uow.staff.set_on_duty(gone, True)  # access ended: nothing to set
        assert not await uow.staff.set_on_duty(her + 1000, True)  # not staff
        await uow.commit()
    async with backend.uow() as uow:
        assert not await uow.staff.is_on_duty(her)
        assert not await uow.staff.is_on_duty(gone)
        assert await uow.people.on_duty_addresses("hailar") == []
        assert await uow.staff.set_on_duty(her, True)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.staff.is_on_duty(her)
        assert await uow.people.on_duty_addresses("hailar") == [("web:op", "en")]
