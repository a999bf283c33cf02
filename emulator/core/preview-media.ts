// A real, playable video preview for the emulated DAMs: a two-second 160×90 WebM (VP8, 7.5 KB),
// recorded once from a canvas in Chromium (MediaRecorder) and kept here as base64 so Node and the
// browser (msw) serve the same bytes.

const PREVIEW_WEBM_BASE64 = [
  'GkXfo59ChoEBQveBAULygQRC84EIQoKEd2VibUKHgQRChYECGFOAZwEAAAAAAB3XEU2bdLlNu4tTq4QVSalmU6yBbk27i1OrhBZUrmtTrIGTTbuLU6uEH0O2dVOsgdRNu4xTq4QcU7trU6yCHcXsrg',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVSalmoCrXsYMPQkBEiYRE8CO2TYCGQ2hyb21lV0GGQ2hyb21lFlSua7yuuteBAXPFh4BJCCyTlfuDgQFV7oEBhoVW',
  'X1ZQOOCdsIGguoFaU8CBAVWwkFWxgQFVuYECVbqBDVW7gQEfQ7Z1AQAAAAAAHOXngQCgQY6hQUmBAAAA0A0AnQEqoABaAAnHCIWFiJmEiDeCA0gCq5UH06t+fiR6iF87P3XSYTR1Gp3rwT7pUK7oGR',
  '1c1+0FdtacgjsnzG5AsWH1wuLagayioYkqnECLA6N2x+qCvI8NvMWevyHUQ7KFu+QqSmWtsKLeDeXRLUrRFm18lYwA/txRTevdJ+p/aiN0nA9JmDzJfRPamnIGEcRutDxqM2dcAl0taiZB6XJa08Wx',
  'zacAXvbMOmhuqCG/BkQ8eMY+wYsUN5ku+Y2lSLJQkJfJqyV+3TXIAMqlQdVuvO3XFBEV6I7Ho647eAa6y9f9pHAdkiUNj87SX0qPxkmgdKoDAvVPq6xOKFTmO7SFE3QBsme6Apyye0JdEk5CjkD/1u',
  '52B3fy+JV+fuL6IKTKD4PAR5oMx+4D7f9BUgk9ABkaPOQazc3Ld5mJwTUY2jK/wHWhv6a97oEBpbhQBQCdASqgAFoACocIhYWImYSIOAIABigPCHVUmu4h1VJruIdVSa7iHVUmu4h1VJruIbwA/uuu',
  'AKBA86FAz4EAPAAxBwAnEaAAGG+d0d1BobrHaC8esOINAUD+gv/o/qxOYZzYBPU6wTRCAzp4VPYcLPdWba1TPZF5JvjRNkD+zR8OiA3PwIKz1lRqb49lGyHIhNeX/YoHK4A9QqSw04dxaPQBFzUE5H',
  'LmVRxC58E0Zg6vcD+D4IspJfnX7nupuCCXnXuLfWN7RAFlIxmyhgRfdtyG8I/JQ4CjQUHDqrHcl3Km4Ht7G37UiezA2ivjE35AC8sh3tNPjDNM0Cg4eUyaz37373737373737hgHWhm6aZ7oEBpZQR',
  'AgAqEcAAGAAYWC/0AAiAgQAAAPuBAKBA6aFAxYEAeQDxBAAnEZwAGAAvCa8P6BPU6wTLBPFJwSC6GFON1F+TxBE5WQLchX9AVgD+e74u6tTe8qT0QbNN5dkN2a3iY5MS2M6pF3OoAa5bXf+XBluiFy',
  '+/I5cyqUHYZF77lVbw3djJs7lKAK94Pq9T95N5Tom9FHwz+kLKJTZmAAB3bCpJDrPwFcyKjX8X19hkbVuztO00/cv5/wO/agYAc010QilOatvs5WHD06VQL/EF0WslP8ANqxF3jBIXiqqDJZEJMzUo',
  'daGbppnugQGllBECACoRwAAYABhYL/QACICBAAAA+4E8oEDxoUDNgQC7APEEACcRlAAYS7coIDk4orDgJBbaNO6d7YzmV6fDFR718ngzvYVelKSbAPwi5ZJCW1vcgPlLjG3o1IRayRq40bfJhggAYy',
  'eqLkQzdghqrgZLK1gp6RwYYmogARfbMelmc/5k5HZddH+DuEwGtEDJFxXlE7PBkqKneHIk2Rihkj10dDhxdFGxqYl/rXx6CaxzPIhgFN09tcf6IxYT941O+2y3omuALiuqdZqa+9L0sVK3hOLT9V0u',
  'inrAe43G4rXXdst6JrO6UaxAAHWhm6aZ7oEBpZQRAgAqEcAAGAAYWC/0AAiAgQAAAPuBeaBBHqFA+oEBFgAxBgAnEYwAGAgGXePf+T+EpuF+wAMQ2m/bIyjyxDCRWK7pqbDJllh4Hd0JumsRmZM/ea',
  '+8/tOv7rIZ1X4Gx8CjbZi7sr1/rtJOVfye6be4jgT2vhs+8lCDAApAC18AmEonz+6KEe2xCWmznJBjIB8QIhhkwAL3SrDp1GV4a5z86jdChkEcXzFO6R4IsWHGedabemTAhzVN53wvZ48O+IFqXjVt',
  'Npy9xd5Fv+i0yHJoib9iI5V42NJbeF/fnzO+F7PHgCMfibLgEkxGWUXUWt1wB1EsxfcYCApdb6L/QWo4NWkioOM3NPe8WpzCrBvEwTPRaxKUbzh1oZumme6BAaWUEQIAKhG4ABgAGFgv9AAIgIEAAA',
  'D7gbugQL6hQJmBAUEAcQYAJxGQABhm/7P/4D/ByyradrcUGYgakA0vgbIVkw1hs4l/18iT/wqBNpoXH2qMmrcolCpA/t2i/qa7UhWuvLutuluseIWEANmSceKWqR3zJE8Yk0HK8WrGak4MN+ncRnbw',
  'tmkiXzaD7BSTbBNBapYK3WNCtQCLqpNtKuHuMy/yg44PEnf6lvpEYFZhtYIazxnwSuB1oZumme6BAaWUEQIAKhGQABgAGFgv9AAIgIEAAAD7ggEWoEC/oUCagQGGAHEFACcRfAAYaMv/8XbsfeE03o',
  'BX9gUvZu5reKn0g6Fy0xyq/Ls5JMR0oEYPwkD+28P+9t/b8/f48pqAAzS3h2wcACz+0Ir8AAlbnYkei0IvvzjsaHdSHlAopk4qrqdTJIYU8ABsNYQrIUzV1k2UTTdzRwaUVg60gBWgYB3an+GrM0+I',
  'ias22UTVm2saf5jkTZCKYt1UMHWhm6aZ7oEBpZQRAgAqEWAAGAAYWC/0AAiAgQAAAPuCAUGgQPOhQM+BAdwAMQYAJxFAFGE4Q/+40lhnT/3r/5so2YccHH4IBr9SUG3TscRyz9v6tQtb5PpxRbVuxH',
  '9sPP7Zf/72Tv8Z3pHeWHVBPFm8QA18GGu59l0S86GFUfAo61ZhDTGkz2TP8sSz4CqJ7La2kGHaLEKCNQb16KlLLlMduiVNqlYh4gyBDrttxIKq0Er0XPTAaKCI4potBFa+RtpAJwSdehBWFvT+OOBM',
  'nVMuHDyfDMh0XEgeoAFfVa54de0/0RjizhHT/Q50akRxL7mn+hzoPAB1oZqmmO6BAaWT8QEAKhGEFGAAYWC/0AAiAgQAAPuCAYagQWChQTuBAnoA0QcAJxFEAB7jDnCWB9/5TH5vWKc/7ZX+19eK6v',
  '+sGSE/OJAgsVR+frthA9sSnb7NoNMID5sGVKJ3R39AUT1q1wD+uB/uXt7pafcvb3S0s1icWDkkcYX/2x4IfhEoSi+KAEQuTUY/qo36MJlb8qiKj0wN1akpHTTRppBFpM/5MQCYWoTWFyq10sRqItda',
  'bzi1vsGMBcJ3zbb0/avsLXD3Ji+B46JhY5UZ/8pTu7jWKb0bv3RNAtNgoc+mKFN0+0M00LDtSggSFmKWRSkrYkXn+pcbwyiTg7HhApAAPlZ6h2dRPHSMxfUoC6vi92w20hMIKP/bKh/p94Sex91hn/',
  'RXp3IyLY2xKlBP2Ve9xfoa0pPf6P4BX36KTtLMbbqdstKT3+j+AV9+ik7SzG26nbLSk9/o/gFfecB1oZumme6BAaWUEQIAKhFMABgAGFgv9AAIgIEAAAD7ggHcoOehw4ECjgBxBQAnEcAAGAAZbNVf',
  '6AVlngmIANff6BZ/5ED9hjjgByJMRr0sbNNJALOXzotA/lw7YNPTEaic4zJOIsYeqAB1oZumme6BAaWUEQIAKhGsABgAGFgv9AAIgIEAAAD7ggJ6oED1oUDQgQLVABEHACcRJAAYd0EBo+mPHXy10M',
  'wdfsz0YCi21QM0ntbE77vjoIP7dkVwdNH4gZ9HwYt+1Df7iKSFRhNA/sm73BOes/kvu2N19qPvS5OqB21qoTjYQULOpOlguh3qoV7oxGlopWIDpCN5LMt/caPHeq+ZLyA+C8yQ4zx0V6Ih3qjHeKBd',
  '4I+WYvVjgxxT3Tjn744UYIG6+pCxMUmWv/um4S4SiFfMqLPWeOv8ciK6dyCXTlOjzAqRf3X5/guzS0bbU78iXCuQDSMFIUAAAHWhm6aZ7oEBpZQRAgAqEQgAGAAYWC/0AAiAgQAAAPuCAo6gQLuhQJ',
  'aBAxQAsQUAJxEYABhVaA/CMz1f7ABDg6msgsQsDQNJZC/q80btB4QqwZzxiTZeTa7J2PAA/s9Dt5sQ/9pn/qTmFIdOQhLArI87ElEzFvJ2aBjoJxBwPcgHd4quU1gf+ARMy0H+dAj1rF6LQB3AhD0C',
  'JOXHz8Hx6o8pL01IylVreoKbz+OXXicS4UbCsqGcT/kL+b7HMAB1oZumme6BAaWUEQIAKhDoABgAGFgv9AAIgIEAAAD7ggLVoEEeoUDlgQNWAHEGACcQ8AAexZb8s9cCYEgiweRAbjnSRl12QkDM1+',
  'peQYVuwYxzxttbONpYAVJCLN4t4FzNgP7Y3rZb/me09p92ppfy8XxzmPAkpkAs+QslJwNIRTIlSJmXWETAq04eSfnnwscRoszILFEj6rHBZ4jWJMsRqoebT0+r9laN/6sshNNdHGT7U4B1UuBBv/3K',
  'Lfa4wb7zECH8dB5enGK8CrnHhCwH0cYpw3iwZKSNlwpAyGxBr/DMmsRmHTPihZKty+9gERgWsA7zH2wAB2gQAuXMQxZ1dOsYrMc4cBuL1F26AHWhr6at7oEBpaixAgAqEMgAGG+b8lf9XgGXNZeaAC',
  'IEFqDQ46W1W5fczgJBDmOtYCgA+4IDFKBAsKFAi4EDmgAxBgAlEPQAHuVA4ADe3k+qATF5KSSw0m6lWzWsoryQjVZ1wptPKdWlrIWNRDlOd5MtgCgA/tsl/+Z7T2n3Vy33qNA4XyIk2pOj1GCKCYDl',
  '2K3SegqJTE/K30QzO6mGWoYT3DfpFWZBvyABete4iIYjAF+4EUJBkScADAVBCTJ7r6QB1Ketj4B1oZumme6BAaWUEQIAKhCIABgAGFgv9AAIgIEAAAD7ggNWoEDeoUC5gQPcAFEGACUQ5AAezQRVXy',
  '2g8pL/oAFElSWtbI6HFQHTV1v5+VsFCkSK++8enNosMkxhZkVvP84A/t1Otkh//Wcy7s8+Y8EaFj9TtnoT+rG8I77Q/APGui4R9Oe6OIdBLcv5ZHojj2UmwfAc9EscHwuk5zINukRFtiJe2nNukfFT',
  'ZrgreSiChWMVeP+X8LP2VCq2kRHV3nq6tAD9lL3u8alYN7I8Vr1XhXIq8WTqUEopiRIvo1kgFwB1oZumme6BAaWUEQIAKhCEABgAGFgv9AAIgIEAAAD7ggOaoECwoUCLgQQeAJEGACURdBR7powpgC',
  'Xd2JS+aeAuvFgP2LGb+65m4vs4M2SJ+ig/HCojeuvJCObzmvmfFy4PNAD7nZYTUB+3ld6783wvbWp0QC2aaxQKsGWVuGAKVdQEQWQDFDxpVXKd/NSeLt0tw+u0wldbrctYlWF2+Zrc5v08AFgfzKyv',
  'DDkDgSHTEpoAAHWhm6aZ7oEBpZQRAgAqEGgAGAAYWC/0AAiAgQAAAPuCA9ygQgihQeOBBGAAsQkAJxDUABwEXlTvlQOMDhRrsOv4UFdb4t0g6lhNwv0+rds27jiTIxvLgRZGMUzwUck+i/8hke/2Q/',
  'PsjUF6ZqeRijb1D8Da7AA+H8qSQoD+xRve2P+jzPfeFJvWx7CPPh0oa++N88K0xiwvvTX+2BBHfgEDrx+oSMomsbXKNCLqB1lwPeMdeTrLf3/bBAAnGE6q6CmAEurvR+4vadVHHVmIBnBJcArScGaL',
  'bARYp/JI3G84zbYzwZqJRoX8g4QQWWhnTHPUtpoF/md0fp8yL0P5yJ6BokyXFStGER4Pal6yR6YdVzPmlmMAhmxTCkw0RosuPynBHLYDqpY/ffsAQqxuJojlqTM+FmRj29dwHQowo9kyfDPm78xPzK',
  'tkzfoe8BEt0WJVzWR1+/vP2Ke4bUGrPJ9g0ABV2vM7ENNT7R8L698MlvW8bJRHMnwImmOgHprCfHgOdMypA/ePbBS36ih2P9i4nAmEp//vodbPHGHOFQYTeIKA5W31dmJWVFiElXaMZhWJPoXFuDkm',
  '9fLVvjztBPgIJ6VR+kQ+/eYfvYzQQbGF6NX9Vhv1fWIj2OeFoY/Pd/EjvLwP7VHgOEgh3JeiriudRHZSz0YVk3dzlZFAqSpCiTacfpUkbH0pAAB1oZumme6BAaWUEQIAKhBQABgAGFgv9AAIgIEAAA',
  'D7ggQeoEFaoUE1gQSkANEGACkQ6AAex7fDcGWfL5hH/wXb2b24Cmn5fztQCotab3dWfAtQunsMxidrw6btnP6YMGg3PXBgAP7iyh8hD+aPTnyaC4C08DPUq39tI8OijnXnrdu6F/p9tHbuzQpG+soJ',
  'uogzz878abiKBpRBB7BI5PFR8/bB2ml5Dn+vJ6rBySoShka8NBrH4bR1+ky7ILp6RdjS/4mHXMuxzGp1zsbdIOsqJXRsg483NJDSqXl7kjfk8Dnrjb1tSjlcu4dV6a925PqV6L6VEmzsp7FT+A/Xvh',
  'kuLJoRL6CjEb0xEmPQ0GfUufNpJh+uak7H+gUKyU+Tv9Zmc43NRNC3ckwTkhMHqDpItWkNfSLaz9gvYrAZPWreHssnwIUxxeICHGYn79iskTDvI6im6WAV6+UtETyAdaGbppnugQGllBECACoQQAAY',
  'ABhYL/QACICBAAAA+4IEYKBBkKFBbIEE5wDRBQApEOgAGAUr0F7j49uAtuCafXuAJ9wrRFdxOu9bBYTo0TwqcsOBOjFRO7FuTnUA/uuIb+y9IK99ZK/JgPx69Vt2jRJcEwXsCD8pjJVdHi7YbQQ6sN',
  'wLzBbWyzJu1NTWf7QQ4yb1YWRbpu97IgMoYlSky0yMmGYigPuPdvhSz98qkoFYTf5ZhUuXOnT6iyE4pZZ6u7DNFXFWsBT6Aqpj2icJl4RXxPdOmdf7dm4I8RtjxwHU0HuLzXcDOg1KnpPAORFua6Ql',
  'z3+k+dpmQhdUjoWbqYyKJ1rXvW/iMdRIl3J0JOGx5nzc7YK1Tif5SwxlvVY+h+q64lDIo5QPURYbxkb/zH3rAf/5dfO87aWzgitwOW/R5uYGnqStYQZImP7m2QDFcogmXZuQGGBItqD1xzIwGdhVxH',
  'yy1Uzz1RurXupQAAmVbMV2j7gM7CeKn7v3N89deTXL9/eH/qtbZdtxVI9RDOlu8AB1oZqmmO6BAaWT8QEAKhGwFGAAYWC/0AAiAgQAAPuCBKSgQRShQO+BBS0AkQYAJxEUABgHs3ZoVhHqxS9GA6F+',
  'm/E3tgZulYU+QIsswzRzbRCGm/h/udhE5nxgivYiwF2cQP7sax/dHSHN3wcVr2tdMwRDEYVbvUN4GUqT3ssylrP01Pipv/HuuPR9qwyMzefFzD5WXUyOtOGgY15U17dS2XzoLakF2ZEtTCuwxORNtZ',
  'UkuQJ6VL/46W8QR60Il5nrznq06TKITklEi/7/22qXnRUJEq3ozpwfDviGPLORzWiSJFLCKqPEdrM5+aoE9DbvIMLREm9kg9BKG/71Hvo1t+S7ctSblPZ/cQ+BVNsnA0gX7oJAAHWhm6aZ7oEBpZQR',
  'AgAqECwAGAAYWC/0AAiAgQAAAPuCBOegQNehQLKBBW0AkQYAJxEUAB7rxL8f2cJoYH8QBDmApJLDSabmGa19WRFDu7kgSrPBuRtQX8tmJY1HEYjjl6nKAP7rkb/qhkbiZ4OvhDOnk887yJkUUGcZcP',
  '5WV3Ju7rH2b8U4GE9Gs8udgGTOycFSVLFX18T393xl339b/Yl+/E0RhTVr5hG1v5+JcwAiRp/5rTc3f9ronIfeyzV3PHrxO13HOkwEQIQxqPtp6R6bg6UO4dGO2xiAdaGbppnugQGllBECACoQIAAY',
  'ABhYL/QACICBAAAA+4IFLaBBIqFA/YEFrgCxBgAnEOgAHsAO/1VpATemmkDe9eAsnpX87UAqLK5pe1znflnL42SPSIkgL8EhXmDdnLMGg844IP7stz/svr3wg1kLkEyyneII1jwJIgyI9u+kfa0MqU',
  'SDcrfT/Ys4v0ZgAxmEYKHmqjmA45r970AiyI+zxkkkZ6JnHTPpgZX+2T0pQ59QbHDy8Wx3KuTzHw1BNm0xcTQKwQaKMAof3rAGgd9Kwtjga4I5ZCW1sz5UlR45A4/xvGb9vMFbUf/z8G//Td8qjoW+',
  'ZMRX0H665QsqRydBQ+r0PG28j4F8zGw1NeQkAamo/RV9KvJFoAGXk+UmVHP5+SgJBuB1oZumme6BAaWUEQIAKhAYABgAGFgv9AAIgIEAAAD7ggVtoECUofCBBfEAcQYAJxFcFHu32LrfoAcfmml6Tx',
  'YE/5TBnYuYTakdCuW2eAp7IFPa2dlEfCM+VsKUWsv2hXYA/uVg/sMXH0eZrbz0ajwSe4iaRU2Xq0AupKylWi9eu4+2h4fBcGNQ7YMDkDOjg+Zpag24mSAAdaGbppnugQGllBECACoQEAAYABhYL/QA',
  'CICBAAAA+4IFrqBBZaFBQIEGRACxBwAlEOQAHsaTDOzwyh7Md3Ly+P3oQsYv5gB0v9EQCOPn/b/CXdEyck2N/cRYbELZ5LFgNwJ8L7APZH0n5+eg/upZG+6OkObuEX3R0hzdwiPY0H3kBuPh3wT5Rw',
  'yFHfSca4bUzNbGLx82Nl5+r95Y/UcznrNnuxxQp8V389j9lW9BoIgjgNBO8VoVIZ8gxKQnRHEtaePcESlrLArNT1pDMzCPO4pqOeldNFZhZHAqWB0AM/2q+oAJQGaw1WZ/eGPRZKmdxu1iyw027bJC',
  'WZG8Fhasp839zKQl/7QY2Vu7sMDrdu/n90f7qJtYHofI3cnCeH3+2nsjwaVxRGz8A0z6n675KlCE0jD4IyTisEJnwxsIkglJVlgkrSzNpsWcP4KT+kBlWHtVymnn2lWvelWHZabsEUofi+c5ipgAda',
  'GbppnugQGllBECACoQCSAAwADCwX+gAEQECAAA+4IF8aBA3aFAuIEGdgCxBQAnEOQAGAZf8E0MD+IAhzAUklhpNNzFoEopsWnNKYgF8RksWTp+juIxHHbnOUD+6Mar6oZG4mYRfsvr3wg1jbm5E+e4',
  'mSgEhrsKtrlCaoMLlspTD0+37EtJ4Yy0BS8oW5A4dhgtEGwUjziHcLxNM66jWRwdkpRtnkN73n+Vv+FDodk11cnUUO//f+1HST4JAZcYIviv0M0l/gABnQ0DRZz0hu6FWr7AyzH5FNwDzPCG1UB1oZ',
  'umme6BAaWUEQIAKhAJIADAAMLBf6AARAQIAAD7ggZEoEEUoUDvgQbLAFEHACcQ2AAcN5G3c+jVzR6Wn/9AWBAP4gDVwiitmd7TyWnSaLipUklleOe+rMiQJS3gt7K3wkzjsJvU9AD+6lkb5mGWsqf+',
  '4r+5M8OoQfFFzOAeK8Jol99w5BBOLQEELLg4TZ1APYe1vjndDYPlHRwOrUbO45k+jr289Mfkyxhm3ssZiym91Ea+FAfB/paPHAQ4KwMOJYgoix7D96/7eqsrR6jRNLF/aml9afP/8/CCfhVnSUWiLW',
  'qTtlcKr5SQhAZxvxKioVd5sii2zDltTm5ZpRw0NBzdFIecPCUJNi5rbjWQMzw+2PKlK4B1oZumme6BAaWUEQIAKhAJIADAAMLBf6AARAQIAAD7ggZ2oEFboUE2gQdjAHEHACUQzAAYB5yfQt8u9bsq',
  'Hsjg/hb1owILcldLz//JLt9CiilJ2vhD9Dz/Gbq3jPNFnHTcj3yQQx4OJJnA/uxn1f/wQ4hxClytCrNAH812ioY2kp1SZ3/H0IAnWwbKxtZg2bmFzZKXGtb1AMGF6N2Xj1ushvCNQXCuAzRZdAPc+z',
  'M2E+SkcnYsm1kKLSPBNyAiLT/8Ou2xbkB5Q/+BKiaHCMa4wIFdmmcGItUweqEakBuiGyF4eosbxKKEGd2xCe3f70tdnAZYjOUW+rj4lmcg69YLVdsVy560+f/6uflj74brtfg22Tfp8tjToIyAbJao',
  '+sESCeeZthcAF1LxgLxpDqAYW/8Wb3gnS/KipNwxHpGsys3/KYnkU9NwGy3gNqocNYUFgBNUr24Dm+uEW37IAHWhm6aZ7oEBpZQRAgAqEAkgAMAAwsF/oABEBAgAAPuCBsugQI+h64EHgQDxBQAlEQ',
  'QAHummgH2kb6Ii4fMqA3wefy1JDyIKvqboYblyYU9a6dX2kPeEfdEoF2c8wP7pW0f6xTrsFN75Skl/n4MinXx3jidvJQD2PJqPd2nu43FImQQAP8rJH+ihNGnaLqo8WzQAdaGbppnugQGllBECACoQ',
  'CSAAwADCwX+gAEQECAAA+4IHYxxTu2uNu4uzgQC3hveBAfGB1A==',
].join('');

let bytes: Uint8Array<ArrayBuffer> | undefined;

function previewBytes(): Uint8Array<ArrayBuffer> {
  if (!bytes) {
    const binary = atob(PREVIEW_WEBM_BASE64);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}

/** The preview as a response: `video/webm`, cacheable, with byte ranges (media elements ask for `Range: bytes=0-`). */
export function previewVideoResponse(request: Request): Response {
  const data = previewBytes();
  const headers: Record<string, string> = {
    'Content-Type': 'video/webm',
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('Range') ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, data.length - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
    if (start > end || start >= data.length) return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${data.length}` } });
    return new Response(request.method === 'HEAD' ? null : data.slice(start, end + 1), {
      status: 206,
      headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${data.length}`, 'Content-Length': String(end - start + 1) },
    });
  }
  return new Response(request.method === 'HEAD' ? null : data, { headers: { ...headers, 'Content-Length': String(data.length) } });
}
