import { expect, type Page, test } from '@playwright/test'

import { axeViolations, E2E_NOW, expectHeading, watchErrors } from './helpers'

// A fixed day: the build is made as of it (playwright.config.ts), so results never depend on the date.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
})

const LARGE_TEXT = JSON.stringify({ textSize: 'large' })

// axe on a long page is slow on a shared two-core machine.
test.describe.configure({ timeout: 60_000 })

async function openTargets(page: Page, path = '/targets') {
  await page.goto(path)
  await expectHeading(page, '目标与规划')
  await expect(page.getByText('正在加载…')).toHaveCount(0)
}

// The page in its default state, loaded afresh for each check: nothing here saves a setting.
test('the targets page: 科学素质 targets, the chart’s table by keyboard, two regions compared, a desktop width', async ({ page }) => {
  test.setTimeout(120_000)
  await test.step('the targets page shows 第五师 and 昌吉 科学素质 targets with qualifiers, years and sources', async () => {
    const errors = watchErrors(page)
    await openTargets(page)

    const shuanghe = page.locator('#target-shuanghe-science-literacy')
    await expect(shuanghe).toContainText('第五师双河市')
    await expect(shuanghe.getByText('基线', { exact: true })).toBeVisible()
    await expect(shuanghe).toContainText('12.5%（2024年）')
    await expect(shuanghe).toContainText('力争17%（2030年）')
    await expect(shuanghe.getByText(/第二章第三节，第31行/)).toBeVisible()
    await expect(shuanghe.getByRole('link', { name: '双河“十五五”规划' }).first()).toHaveAttribute('href', '/plans/shuanghe-15')

    const changji = page.locator('#target-changji-science-literacy')
    await expect(changji).toContainText('昌吉市')
    await expect(changji).toContainText('13%以上（2025年）')
    await expect(changji).toContainText('力争14%（2025年）')
    await expect(changji.getByText('2025年目标，完成情况未公布')).toBeVisible()
    await expect(changji.getByText(/三、（三）2，第53行/)).toBeVisible()
    await expect(changji.getByText(/四、（六），第111行/)).toBeVisible()

    // The chart draws the same figures as text, and the national figures are marked as general knowledge.
    const chart = page.getByRole('img', { name: /公民具备科学素质的比例/ }).first()
    await expect(chart).toBeVisible()
    for (const label of ['双河 12.5%', '力争17%', '昌吉 13%以上', '力争14%', '纲要目标 15%以上', '全国调查 10.56%']) {
      await expect(chart.locator('text', { hasText: label }).first()).toBeAttached()
    }
    await expect(page.locator('figcaption').first().getByText('常识').first()).toBeVisible()

    // Nothing claims an outcome the plans do not report.
    await expect(page.getByText(/已完成|已实现|已达成/)).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  await test.step('the chart’s table alternative is reachable and opened by keyboard', async () => {
    await openTargets(page)
    const summary = page.getByText('以表格查看', { exact: true }).first()
    let reached = false
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await summary.evaluate((el) => el === document.activeElement)
    }
    expect(reached, 'Tab reaches 以表格查看').toBe(true)
    const table = page.getByRole('table', { name: /公民具备科学素质的比例/ }).first()
    await expect(table).toBeHidden()
    await page.keyboard.press('Enter')
    await expect(table).toBeVisible()
    await expect(table.getByRole('row', { name: /双河（规划目标） 2024 基线 12\.5%/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /昌吉（规划目标） 2025 更高目标 力争14%/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /全国调查值（常识） 2024 调查值 15\.37%/ })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })

  await test.step('two regions compare side by side, and the choice is in the URL', async () => {
    await openTargets(page)
    const compare = page.locator('section', { has: page.getByRole('heading', { name: '地区对比' }) })
    const table = compare.getByRole('table')
    // By default the two plans with a 科学素质 figure.
    await expect(table.getByRole('columnheader', { name: '昌吉' })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: '双河' })).toBeVisible()
    await expect(table).toContainText('13%以上，力争14%')
    await expect(table).toContainText('力争17%')
    await compare.getByLabel('地区二').selectOption('kashgar')
    await expect(page).toHaveURL(/compare=changji(%2C|,)kashgar/)
    await expect(table.getByRole('columnheader', { name: '喀什' })).toBeVisible()
    await expect(table).toContainText('科技特派员')
    await table.getByRole('link', { name: '行政村科技特派员服务覆盖率' }).click()
    await expect(page).toHaveURL(/region=kashgar#target-kashgar-tech-envoy-coverage$/)
    await expect(page.locator('#target-kashgar-tech-envoy-coverage')).toBeInViewport()
    expect(await axeViolations(page)).toEqual([])
  })

  // Last: a desktop viewport from here on.
  await test.step('on a desktop width the chart keeps a readable size', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await openTargets(page)
    const box = await page
      .getByRole('img', { name: /公民具备科学素质的比例/ })
      .first()
      .boundingBox()
    expect(box!.width).toBeLessThan(520)
    expect(await axeViolations(page)).toEqual([])
  })
})

test('filters and shared links: in the URL, scrolled to and marked, from the home page and from the share button', async ({ page }) => {
  test.setTimeout(90_000)
  await test.step('region and group filters live in the URL and survive a reload', async () => {
    await openTargets(page)
    await page.getByLabel('地区', { exact: true }).selectOption('changji')
    await expect(page).toHaveURL(/\/targets\?region=changji$/)
    await expect(page.locator('#target-changji-science-literacy')).toBeVisible()
    await expect(page.locator('#target-shuanghe-science-literacy')).toHaveCount(0)
    await page.getByLabel('类别').selectOption('kepu')
    await expect(page).toHaveURL(/region=changji&group=kepu/)
    await page.reload()
    await expect(page.getByLabel('类别')).toHaveValue('kepu')
    await expect(page.getByRole('heading', { name: '科普指标' })).toBeVisible()
    await expect(page.locator('#target-changji-micro-science-museums')).toContainText('微型科技馆')
    // Reported figures are folded away until asked for.
    await expect(page.locator('#target-changji-kepu-e-stations')).toBeHidden()
    await page.getByText('规划记载的数字（').first().click()
    await expect(page.locator('#target-changji-kepu-e-stations')).toContainText('规划记载')
    await expect(page.getByRole('heading', { name: '公民具备科学素质的比例', level: 2 })).toHaveCount(0)
  })

  await test.step('a shared target link scrolls to the target and marks it, even in the collapsed 创新 section', async () => {
    const errors = watchErrors(page)
    await page.goto('/targets?region=changji#target-changji-kepu-bases')
    const row = page.locator('#target-changji-kepu-bases')
    await expect(row).toHaveClass(/is-highlighted/)
    await expect(row).toBeInViewport()
    await expect(row).toBeFocused()

    // A reported figure is folded away by default; its link unfolds it.
    await page.goto('/targets?region=changji#target-changji-kepu-e-stations')
    await expect(page.locator('#target-changji-kepu-e-stations')).toBeInViewport()

    // A link whose filters would hide the target still shows it.
    await page.goto('/targets?group=kepu#target-changji-high-tech-enterprises')
    const innovation = page.locator('#target-changji-high-tech-enterprises')
    await expect(innovation).toBeVisible()
    await expect(innovation).toBeInViewport()
    await expect(page).not.toHaveURL(/group=kepu/)
    expect(errors).toEqual([])
  })

  await test.step('a 科学素质 card on the home page opens its target on the targets page', async () => {
    await page.goto('/')
    await page.locator('.target-summary').getByRole('link', { name: '第五师双河市' }).click()
    await expect(page).toHaveURL(/\/targets\?region=shuanghe#target-shuanghe-science-literacy$/)
    const row = page.locator('#target-shuanghe-science-literacy')
    await expect(row).toHaveClass(/is-highlighted/)
    await expect(row).toBeInViewport()
  })

  // Last: its init script takes the share sheet and the clipboard away from this page.
  await test.step('the share button copies the target’s link when there is no share sheet', async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { copied: string }
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true })
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void (w.copied = text) },
        configurable: true,
      })
    })
    await openTargets(page)
    const row = page.locator('#target-shuanghe-science-literacy')
    await row.getByRole('button', { name: '分享这个目标' }).click()
    await expect(row.getByRole('status')).toHaveText('链接已复制')
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied)
    expect(copied).toMatch(/^http:\/\/localhost:\d+\/targets\?region=shuanghe#target-shuanghe-science-literacy$/)

    await page.goto(copied)
    await expect(page.locator('#target-shuanghe-science-literacy')).toHaveClass(/is-highlighted/)
  })
})

test('plan pages: back to where the reader was, facts and citations by line, 双河’s chart, 大字 without sideways scrolling', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await test.step('back from a plan opened far down the page returns to where the reader was', async () => {
    const errors = watchErrors(page)
    await openTargets(page)
    // The last plan link on the page, under the 科普, comparison and 创新 sections built after the first frame.
    await expect(page.locator('#innovation-title')).toBeAttached()
    const link = page.locator('main a[href^="/plans/"]').last()
    await link.scrollIntoViewIfNeeded()
    const href = await link.getAttribute('href')
    expect(await page.evaluate(() => window.scrollY), 'far down the page').toBeGreaterThan(3000)
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(page.getByText('正在加载…')).toHaveCount(0)

    await page.goBack()
    await expect(page).toHaveURL(/\/targets$/)
    // Restored to the link, not to the height the page had before its lower sections were built.
    await expect(page.locator(`main a[href="${href}"]`).last()).toBeInViewport()
    expect(errors).toEqual([])
  })

  await test.step('a plan page gives its facts, 科普 summary, targets, venues, events and citations by line', async () => {
    const errors = watchErrors(page)
    await page.goto('/plans/changji-14')
    await expectHeading(page, '昌吉市科技创新“十四五”规划')
    await expect(page.getByText('昌市政发〔2023〕34号', { exact: true })).toBeVisible()
    await expect(page.getByText('2023年7月12日', { exact: true })).toBeVisible()
    await expect(page.getByText('2021—2025年').first()).toBeVisible()
    await expect(page.getByText('规划期已结束')).toBeVisible()

    const targets = page.locator('section', { has: page.getByRole('heading', { name: '规划目标', level: 2 }) })
    await expect(targets.getByRole('link', { name: '公民具备科学素质的比例' })).toHaveAttribute(
      'href',
      '/targets?region=changji#target-changji-science-literacy',
    )
    await expect(targets).toContainText('13%以上，力争14%')
    await expect(targets.getByText('2025年目标，完成情况未公布').first()).toBeVisible()

    const events = page.locator('section', { has: page.getByRole('heading', { name: '相关活动', level: 2 }) })
    await expect(events.getByRole('link').first()).toHaveAttribute('href', /^\/events\//)
    await expect(
      page
        .locator('section', { has: page.getByRole('heading', { name: '规划中的场馆' }) })
        .getByRole('link')
        .first(),
    ).toHaveAttribute('href', /^\/venues\//)

    const citations = page.locator('ol.citations')
    await expect(citations.getByText('三、（三）2，第53行')).toBeVisible()
    await expect(page.getByRole('heading', { name: '原文勘误' })).toBeVisible()
    await expect(page.getByRole('heading', { name: '来源' })).toBeVisible()

    await page.getByRole('link', { name: /^相关活动/ }).click()
    await expect(page.getByRole('heading', { name: '相关活动', level: 2 })).toBeInViewport()
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  await test.step('the 双河 plan page shows its 科学素质 chart; a plan without one says so on the targets page', async () => {
    await page.goto('/plans/shuanghe-15')
    await expect(page.getByRole('img', { name: /公民具备科学素质的比例/ })).toBeVisible()
    await expect(page.getByText('原文未注明').first()).toBeVisible()
    await openTargets(page, '/targets?region=kashgar')
    await expect(page.getByText('喀什“十四五”规划没有设定公民科学素质的数值目标。')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })

  // Last: its init script saves 大字 on every load of this page.
  await test.step('大字 keeps the targets and plan pages free of sideways scrolling', async () => {
    await page.addInitScript((settings) => localStorage.setItem('kpxj:settings', settings), LARGE_TEXT)
    for (const path of ['/targets', '/plans/changji-14']) {
      await page.goto(path)
      await expect(page.getByText('正在加载…')).toHaveCount(0)
      // A saved 大字 is 长辈模式: the chart's table is shown open, in place of the chart.
      await expect(page.getByTestId('literacy-table').first().getByRole('table')).toBeVisible()
      await expect(page.getByText('以表格查看')).toHaveCount(0)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0)
    }
  })
})

// Languages are saved by init scripts, which add up: the last one added runs last and wins.
test('on a 360×640 phone: a plan’s targets, and the chart’s table and the filters in every language', async ({ page }) => {
  test.setTimeout(120_000)
  await test.step('a plan’s targets read “13%以上，力争14%” without a gap, and each group’s heading stands clear of the rule above', async () => {
    await page.setViewportSize({ width: 360, height: 640 })
    await page.goto('/plans/changji-14')
    const value = page.locator('.plan-target-value', { hasText: '力争14%' })
    await expect(value).toBeVisible()
    // The gap between the value and its "，" (a flex gap put "13%以上 ，力争14%").
    const gap = await value.evaluate((el) => {
      const strong = el.querySelector('strong')!
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      let comma = walker.nextNode() as Text | null
      while (comma && !comma.data.startsWith('，')) comma = walker.nextNode() as Text | null
      const range = document.createRange()
      range.setStart(comma!, 0)
      range.setEnd(comma!, 1)
      return range.getBoundingClientRect().left - strong.getBoundingClientRect().right
    })
    expect(Math.abs(gap)).toBeLessThan(1)
    const kepu = page.getByRole('heading', { name: '科普', exact: true, level: 3 })
    const above = await kepu.evaluate((h) => {
      const list = h.previousElementSibling!
      return h.getBoundingClientRect().top - list.getBoundingClientRect().bottom
    })
    expect(above).toBeGreaterThanOrEqual(16)
  })

  await test.step('on a 360×640 phone in English, Uyghur and Kazakh the chart’s table shows every value without a sideways scroll', async () => {
    await page.setViewportSize({ width: 360, height: 640 })
    for (const language of ['en', 'ug', 'kk-Arab']) {
      await page.addInitScript((value) => localStorage.setItem('kpxj:settings', value), JSON.stringify({ language }))
      await page.goto('/targets')
      const details = page.getByTestId('literacy-table').first()
      await details.locator('summary').click()
      const table = details.getByRole('table')
      await expect(table).toBeVisible()
      const cut = await details.locator('.table-scroll').evaluate((box) => {
        const edge = box.getBoundingClientRect()
        const values = [...box.querySelectorAll('tbody td.value')].map((cell) => cell.getBoundingClientRect())
        return {
          scroll: box.scrollWidth - box.clientWidth,
          values: values.length > 0,
          outside: values.filter((c) => c.right > edge.right + 0.5 || c.left < edge.left - 0.5).length,
        }
      })
      expect(cut, language).toEqual({ scroll: 0, values: true, outside: 0 })
    }
  })

  await test.step('on a 360 px phone the two filters show their choices whole, side by side where they fit, in every language', async () => {
    await page.setViewportSize({ width: 360, height: 640 })
    for (const [settings, sideBySide] of [
      [{}, true],
      [{ elderMode: true }, true],
      [{ language: 'en' }, false],
      [{ language: 'ug' }, true],
      [{ language: 'kk-Arab', elderMode: true }, false],
    ] as const) {
      // Init scripts add up; the last one added runs last and wins.
      await page.addInitScript((value) => localStorage.setItem('kpxj:settings', value), JSON.stringify(settings))
      await page.goto('/targets')
      const selects = page.locator('.targets-filters select')
      await expect(selects).toHaveCount(2)
      // The choice shown against the room inside its box (less the padding and the arrow): English was cut to
      // "All region" and "All categor" in half-width columns.
      const room = await selects.evaluateAll((els) =>
        (els as HTMLSelectElement[]).map((select) => {
          const style = getComputedStyle(select)
          const probe = document.createElement('span')
          probe.style.font = style.font
          probe.style.whiteSpace = 'pre'
          probe.textContent = select.selectedOptions[0]!.text
          document.body.append(probe)
          const text = probe.getBoundingClientRect().width
          probe.remove()
          return select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd) - 16 - text
        }),
      )
      for (const spare of room) expect(spare, `${JSON.stringify(settings)}: the choice shown whole`).toBeGreaterThanOrEqual(0)
      const [a, b] = [(await selects.nth(0).boundingBox())!, (await selects.nth(1).boundingBox())!]
      expect(a.y === b.y, `${JSON.stringify(settings)}: side by side`).toBe(sideBySide)
    }
  })
})
